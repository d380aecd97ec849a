import { en } from '../i18n/en';
import { es } from '../i18n/es';

function flatten(value: object, prefix = ''): [string, string][] {
  return Object.entries(value).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [[`${prefix}${k}`, v] as [string, string]]
      : flatten(v as object, `${prefix}${k}.`),
  );
}

const spanish = new Map(flatten(es));
const allSpanish = [...spanish.values()].join('\n');

/**
 * The English interface phrases a catalog defines: each English string cut at its placeholders and
 * tags, keeping the pieces of two words or more (or one word of five letters or more) that the Spanish
 * catalog does not also use. A page in Spanish should show none of them.
 */
const phrases: string[] = [
  ...new Set(
    flatten(en).flatMap(([key, value]) =>
      spanish.get(key) === value
        ? []
        : value
            .split(/\{\{\w+\}\}|<\/?\w+>|[·:()“”]/)
            .map((p) => p.trim().replace(/^[,.;!?\s]+|[,.;!?\s]+$/g, ''))
            .filter(
              (p) => (p.includes(' ') || p.length >= 5) && /[a-z]{3}/i.test(p) && !allSpanish.includes(p),
            ),
    ),
  ),
];

/**
 * The English catalog phrases found in a rendered page (visible text, plus aria-labels and titles),
 * ignoring anything inside an element marked `lang="en"` (content that is honestly in English).
 *
 * @example
 * expect(englishLeftIn(container)).toEqual([]);
 */
export function englishLeftIn(root: HTMLElement): string[] {
  const copy = root.cloneNode(true) as HTMLElement;
  for (const marked of copy.querySelectorAll('[lang="en"]')) marked.remove();
  const labels = [...copy.querySelectorAll('[aria-label],[title],[placeholder]')].map((el) =>
    ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? '').join('\n'),
  );
  const text = `${copy.textContent ?? ''}\n${labels.join('\n')}`;
  return phrases.filter((p) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(p)}($|[^\\p{L}])`, 'u').test(text));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
