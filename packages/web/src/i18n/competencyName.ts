import { en } from './en';
import { currentLanguage, i18next } from './i18n';

type CompetencyId = keyof typeof en.competencies;

function isKnown(id: string): id is CompetencyId {
  return Object.hasOwn(en.competencies, id);
}

/**
 * A rubric competency's name in the interface language, from the catalog's `competencies` table (keyed by
 * competency id). The API sends each competency's English name with its id; an id the table does not know
 * (a rubric newer than this web app) keeps that name, with `lang: 'en'` when the interface is not English,
 * so the element can say so.
 *
 * @example
 * competencyName('safety', 'Safety and risk assessment'); // { text: 'Seguridad y evaluación de riesgos' } in Spanish
 * competencyName('new-one', 'New one'); // { text: 'New one', lang: 'en' } in Spanish
 */
export function competencyName(id: string, name: string): { text: string; lang?: 'en' } {
  if (isKnown(id)) return { text: i18next.t(`competencies.${id}`) };
  return currentLanguage() === 'en' ? { text: name } : { text: name, lang: 'en' };
}
