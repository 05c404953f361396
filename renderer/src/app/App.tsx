/** The app shell: navigation and the page for the current route. */
import { useTranslation } from 'react-i18next';
import { useRoute, href } from './router';
import { ErrorBoundary } from './ErrorBoundary';
import { LibraryPage } from '../features/library/LibraryPage';
import { ReaderPage } from '../features/reader/ReaderPage';
import { ClaimsPage } from '../features/claims/ClaimsPage';
import { ComparePage } from '../features/compare/ComparePage';
import { BriefingsPage } from '../features/briefings/BriefingsPage';
import { PrintBriefingPage } from '../features/briefings/print/PrintBriefingPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { RegistryPage } from '../features/registry/RegistryPage';
import { DataSafety } from '../features/sharing/DataSafety';

const NAV = ['library', 'claims', 'compare', 'briefings', 'registry', 'settings'] as const;

export function App() {
  const { t } = useTranslation();
  const route = useRoute();

  if (route.name === 'print' && route.params[0] === 'briefing' && route.params[1]) {
    return <PrintBriefingPage briefingId={route.params[1]} autoPrint={route.query.get('autoprint') === '1'} />;
  }

  const section = route.name === 'reader' ? 'library' : route.name;
  let page;
  switch (route.name) {
    case 'reader':
      page = <ReaderPage articleId={route.params[0] ?? ''} claimId={route.query.get('claim') ?? undefined} />;
      break;
    case 'claims':
      page = <ClaimsPage />;
      break;
    case 'compare':
      page = <ComparePage />;
      break;
    case 'briefings':
      page = <BriefingsPage briefingId={route.params[0]} />;
      break;
    case 'settings':
      page = <SettingsPage />;
      break;
    case 'registry':
      page = <RegistryPage tab={route.params[0]} />;
      break;
    default:
      page = <LibraryPage />;
  }

  return (
    <div className="shell">
      <nav className="nav" aria-label={t('nav.label')}>
        <div className="brand">{t('app.name')}</div>
        {NAV.map((n) => (
          <a key={n} href={href(n)} aria-current={section === n ? 'page' : undefined} data-testid={`nav-${n}`}>
            {t(`nav.${n}`)}
          </a>
        ))}
        <div className="spacer" />
        <div className="muted" style={{ fontSize: 12, padding: '0 10px' }}>
          {t('app.offline')}
        </div>
      </nav>
      {/* Daily backups, persistent storage and .dossier files dropped on the window. */}
      <DataSafety />
      <main className="main" id="main">
        <ErrorBoundary resetKey={`${route.name}/${route.params.join('/')}`}>{page}</ErrorBoundary>
      </main>
    </div>
  );
}
