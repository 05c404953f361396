/** The registries a researcher curates: providers, attributes and tags, one tab each (`#/registry/<tab>`). */
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { ProvidersTab } from './ProvidersTab';
import { AttributesTab } from './AttributesTab';
import { TagsTab } from './TagsTab';
import './registry.css';

const TABS = ['providers', 'attributes', 'tags'] as const;
type Tab = (typeof TABS)[number];

export function RegistryPage({ tab }: { tab?: string }) {
  const { t } = useTranslation('registry');
  const current: Tab = (TABS as readonly string[]).includes(tab ?? '') ? (tab as Tab) : 'providers';
  return (
    <div className="page">
      <h1 style={{ margin: 0 }}>{t('title')}</h1>
      <nav className="registry-tabs" aria-label={t('title')}>
        {TABS.map((x) => (
          <a key={x} href={href('registry', x)} aria-current={x === current ? 'page' : undefined} data-testid={`registry-tab-${x}`}>
            {t(`tabs.${x}`)}
          </a>
        ))}
      </nav>
      {current === 'providers' && <ProvidersTab />}
      {current === 'attributes' && <AttributesTab />}
      {current === 'tags' && <TagsTab />}
    </div>
  );
}
