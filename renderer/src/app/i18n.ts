/**
 * i18next set-up. Catalogues live in `locales/<lang>/<namespace>.json`, one
 * namespace per feature, bundled at build time (the app never fetches them).
 * The default language follows the system; Settings can override it.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '@shared/domain';

const modules = import.meta.glob('./locales/*/*.json', { eager: true, import: 'default' }) as Record<string, Record<string, unknown>>;

/** Builds `{ en: { common: {...}, library: {...} }, ko: {...} }` from the globbed files. */
export function catalogueResources(): Record<string, Record<string, Record<string, unknown>>> {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, data] of Object.entries(modules)) {
    const m = /\.\/locales\/(\w+)\/([\w-]+)\.json$/.exec(path);
    if (!m) continue;
    const [, lang, ns] = m as unknown as [string, string, string];
    (resources[lang] ??= {})[ns] = data;
  }
  return resources;
}

export const LANGS: readonly Lang[] = ['ko', 'en'];

/** The system language mapped to one Dossier supports. */
export function systemLanguage(): Lang {
  const langs = typeof navigator !== 'undefined' ? navigator.languages ?? [navigator.language] : [];
  return langs.some((l) => l?.toLowerCase().startsWith('ko')) ? 'ko' : 'en';
}

export async function initI18n(lang: Lang): Promise<typeof i18n> {
  const resources = catalogueResources();
  await i18n.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: 'en',
    ns: Object.keys(resources.en ?? {}),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lang;
  i18n.on('languageChanged', (l) => {
    document.documentElement.lang = l;
  });
  return i18n;
}
