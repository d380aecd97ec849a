import { currentLanguage } from './i18n';

/**
 * A date and time in the interface language (Intl, so no locale data is bundled).
 *
 * @example
 * formatDate('2026-12-07T09:00:00Z'); // 'Dec 7, 2026, 9:00 AM' in English, '7 dic 2026, 9:00' in Spanish
 */
export function formatDate(value: string | number | Date, lang = currentLanguage()): string {
  return new Intl.DateTimeFormat(lang === 'es' ? 'es-US' : 'en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(value));
}

/**
 * A number in the interface language.
 *
 * @example
 * formatNumber(1234.5); // '1,234.5'
 */
export function formatNumber(value: number, lang = currentLanguage()): string {
  return new Intl.NumberFormat(lang === 'es' ? 'es-US' : 'en-US').format(value);
}

/**
 * A calendar day in the interface language (a due date, the day a record was completed). A bare
 * `YYYY-MM-DD` or an ISO time is shown as that day in UTC, so a due date never shifts a day.
 *
 * @example
 * formatDay('2026-12-20T23:59:59Z'); // 'Dec 20, 2026' in English, '20 dic 2026' in Spanish
 */
export function formatDay(value: string | number | Date, lang = currentLanguage()): string {
  return new Intl.DateTimeFormat(lang === 'es' ? 'es-US' : 'en-US', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date(value));
}
