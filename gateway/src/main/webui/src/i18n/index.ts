import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type en from './en.json';

export type Catalogue = typeof en;

// Every catalogue in this folder is a language: adding one (even right-to-left) needs no code change.
const catalogues = import.meta.glob<Catalogue>('./*.json', { eager: true, import: 'default' });

export const resources: Record<string, Catalogue> = Object.fromEntries(
  Object.entries(catalogues).map(([path, catalogue]) => [path.slice(2, -'.json'.length), catalogue]),
);

/** The languages the UI speaks, English first. */
export const LANGUAGES = Object.keys(resources).sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));

const base = (tag: string) => tag.toLowerCase().split('-')[0];

/** The supported language of a tag such as "es-MX", or null. */
export function supported(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const lng = base(tag);
  return LANGUAGES.includes(lng) ? lng : null;
}

/** Until the user's stored choice arrives: the browser's language when the UI speaks it, else English. */
export function browserLanguage(): string {
  return supported(typeof navigator === 'undefined' ? null : navigator.language) ?? 'en';
}

/** `lang` and `dir` of the page follow the language, so screen readers and right-to-left layouts follow too. */
function applyToDocument(lng: string) {
  document.documentElement.lang = lng;
  document.documentElement.dir = i18n.dir(lng);
}

i18n.on('languageChanged', applyToDocument);

// Synchronous with the bundled catalogues: the first render already has its texts (and tests need no waiting).
void i18n.use(initReactI18next).init({
  resources,
  lng: browserLanguage(),
  fallbackLng: 'en',
  supportedLngs: LANGUAGES,
  ns: Object.keys(resources.en),
  defaultNS: 'common',
  initAsync: false,
  // React escapes what it renders.
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});

export default i18n;
