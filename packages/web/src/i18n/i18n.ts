import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { en } from './en';

/** The interface languages, with their names written in that language (how a switcher shows them). */
export const languages = [
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
] as const;

export type Language = (typeof languages)[number]['code'];

const STORAGE_KEY = 'doorway.lang';

// English is the source catalog and the fallback, so it ships in the main bundle and the app
// can render synchronously (component tests need no set-up); every other catalog is a lazy chunk.
void i18next.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: 'en',
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // React escapes already
  initAsync: false,
  returnNull: false,
});

const loaders: Record<Exclude<Language, 'en'>, () => Promise<{ es: unknown }>> = {
  es: () => import('./es'),
};

/**
 * Whether a value is one of the interface languages.
 *
 * @example
 * isLanguage('es'); // true
 */
export function isLanguage(value: unknown): value is Language {
  return languages.some((l) => l.code === value);
}

/**
 * The language to start in: the one chosen before on this browser, else English.
 *
 * @example
 * storedLanguage(); // 'es' after someone chose Español
 */
export function storedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : 'en';
  } catch {
    return 'en';
  }
}

/**
 * Switches the interface to a language: loads its catalog if needed, remembers the choice on this
 * browser and sets `lang` on <html> so screen readers and hyphenation follow.
 *
 * @example
 * await setLanguage('es');
 */
export async function setLanguage(lang: Language): Promise<void> {
  if (lang !== 'en' && !i18next.hasResourceBundle(lang, 'translation')) {
    const module = await loaders[lang]();
    i18next.addResourceBundle(lang, 'translation', module.es as Record<string, unknown>);
  }
  await i18next.changeLanguage(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Private modes may refuse storage; the switch still works for this visit.
  }
}

/**
 * The current interface language.
 *
 * @example
 * currentLanguage(); // 'en'
 */
export function currentLanguage(): Language {
  const lang = i18next.resolvedLanguage ?? i18next.language;
  return isLanguage(lang) ? lang : 'en';
}

/**
 * The translate function and the current language, re-rendering when the language changes.
 *
 * @example
 * const { t, lang } = useT();
 * <h1>{t('catalog.title')}</h1>
 */
export function useT() {
  const { t, i18n } = useTranslation();
  const lang = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  return { t, lang };
}

export { i18next };
