/** Start-up: open the database, fill the registries, pick the platform and language, render. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import './app/styles.css';
import { App } from './app/App';
import { ServicesContext, type AppServices } from './app/context';
import { initI18n, systemLanguage } from './app/i18n';
import { NotificationsProvider } from './app/notifications';
import { openDb } from './db/database';
import { getSetting } from './db/repositories/settings';
import { seedRegistries } from './db/seed-registry';
import { selectPlatform } from './platform/select';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  const db = openDb();
  try {
    await db.open();
    await seedRegistries(db);
  } catch (e) {
    // The store could not open (blocked by another window, quota, corruption): say so instead of a blank window.
    root.render(
      <div role="alert" style={{ padding: 24, fontFamily: 'sans-serif' }}>
        <h1>Dossier could not open its library / 라이브러리를 열 수 없습니다</h1>
        <p>{e instanceof Error ? e.message : String(e)}</p>
      </div>,
    );
    return;
  }
  const lang = (await getSetting(db, 'language')) ?? systemLanguage();
  const i18n = await initI18n(lang);
  const services: AppServices = { db, platform: selectPlatform(__APP_VERSION__), appVersion: __APP_VERSION__ };
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ServicesContext.Provider value={services}>
          <NotificationsProvider>
            <App />
          </NotificationsProvider>
        </ServicesContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
