import type { PhraseRule } from '@doorway/engine';

/**
 * A phrase to warn about in a translated table, with why and what to say instead. `notAfter` lists words
 * (or marks such as `¿`) that make the phrase harmless when they come right before it: "no tiene que"
 * ("you don't have to") is not an order, "¿Está a salvo ahora?" is a question, not a promise.
 */
export interface TablePhraseRule extends PhraseRule {
  notAfter?: readonly string[];
}

const NEGATIONS = ['no', 'nadie', 'ni', 'nunca'] as const;

const WHY_LEAVE = 'a "why" question about leaving blames the survivor';
const VALIDATE =
  'validate, then ask what would help now: "Tiene sentido que hiciera lo necesario para sobrevivir."';
const WHY_STAY =
  'a "why" question about staying blames the survivor and asks her to defend choices made under fear';
const COPE =
  'ask what has helped her cope, or what would make things safer: "¿Qué la ha ayudado a aguantar?"';
const HINDSIGHT = 'hindsight judgement shames the survivor';
const TRUST = 'trust is earned through transparency, not asked for';
const ROLE = 'say who you are and are not, what you can and cannot do, and the limits of confidentiality';
const SAFE = "a promise you cannot keep; safety is the survivor's to judge";
const ASK_SAFE =
  'ask "¿Es seguro para usted hablar ahora?", or say "Vamos a hacer todo lo posible para ayudar a que esté segura"';
const OUTCOME = 'a guarantee about something nobody here controls';
const PROMISE = 'promise only what you control: "No le puedo prometer eso, pero sí puedo…"';
const IMMIGRATION = 'an immigration outcome nobody can guarantee';
const ATTORNEY =
  'offer a referral to an immigration attorney: "Un abogado de inmigración le puede explicar sus opciones"';
const CHARGES =
  'someone who has been trafficked can still face charges; a guarantee can feel like a betrayal later';
const LAWYER = 'say what you know and offer a lawyer who knows these cases';
const LABEL = 'imposes a label she has not chosen, and rarely gets an honest answer';
const OWN_WORDS =
  'use her own words; "sobreviviente" only if she uses it; ask about what happens, with permission';
const ORDER = 'an order: the decisions are hers';
const OFFER = 'offer a choice: "Si usted quiere, puede…" / "Una opción es…"';
const CALM = 'dismisses her distress';
const SLOW = 'slow down and offer a break: "¿Quiere que hagamos una pausa?"';

/**
 * Phrases that trauma-informed practice warns against, for Spanish string tables: the English list of
 * `DEFAULT_PHRASES` said the way it is said in Spanish (usted and tú forms), plus what Spanish adds
 * (the reassurances "no le va a pasar nada" and "todo va a estar bien", "pobrecita", "tiene que").
 * Matching ignores case, accents, curly quotes and extra spaces (see `lintTablePhrases`).
 */
export const SPANISH_PHRASES: readonly TablePhraseRule[] = [
  { phrase: 'por qué no se fue', why: WHY_LEAVE, instead: VALIDATE },
  { phrase: 'por qué no se va', why: WHY_LEAVE, instead: VALIDATE },
  { phrase: 'por qué no lo dejó', why: WHY_LEAVE, instead: VALIDATE },
  { phrase: 'por qué no lo deja', why: WHY_LEAVE, instead: VALIDATE },
  { phrase: 'por qué no te fuiste', why: WHY_LEAVE, instead: VALIDATE },
  {
    phrase: 'por qué no pidió ayuda',
    why: '"why didn\'t you" questions blame the survivor',
    instead: VALIDATE,
  },
  {
    phrase: 'por qué no lo denunció',
    why: '"why didn\'t you" questions blame the survivor',
    instead: VALIDATE,
  },
  {
    phrase: 'por qué no llamó a la policía',
    why: '"why didn\'t you" questions blame the survivor',
    instead: VALIDATE,
  },
  { phrase: 'por qué se quedó', why: WHY_STAY, instead: COPE },
  { phrase: 'por qué se queda', why: WHY_STAY, instead: COPE },
  { phrase: 'por qué sigue con él', why: WHY_STAY, instead: COPE },
  { phrase: 'por qué volvió', why: 'a "why" question about going back blames the survivor', instead: COPE },
  { phrase: 'por qué regresó', why: 'a "why" question about going back blames the survivor', instead: COPE },
  // tú forms, for tables where the advocate and the survivor use tú (going-back: Jordan is 19 and they are peers).
  { phrase: 'por qué no te vas', why: WHY_LEAVE, instead: VALIDATE },
  { phrase: 'por qué no lo dejas', why: WHY_LEAVE, instead: VALIDATE },
  { phrase: 'por qué te quedaste', why: WHY_STAY, instead: COPE },
  { phrase: 'por qué sigues con él', why: WHY_STAY, instead: COPE },
  { phrase: 'por qué volviste', why: 'a "why" question about going back blames the survivor', instead: COPE },
  {
    phrase: 'por qué regresaste',
    why: 'a "why" question about going back blames the survivor',
    instead: COPE,
  },
  { phrase: 'debió haber', why: HINDSIGHT, instead: 'reflect what she did to cope' },
  { phrase: 'debería haber', why: HINDSIGHT, instead: 'reflect what she did to cope' },
  { phrase: 'tendría que haber', why: HINDSIGHT, instead: 'reflect what she did to cope' },
  {
    phrase: 'es su culpa',
    why: 'blames the survivor',
    instead: 'say "No es su culpa."',
    notAfter: NEGATIONS,
  },
  {
    phrase: 'fue su culpa',
    why: 'blames the survivor',
    instead: 'say "No fue su culpa."',
    notAfter: NEGATIONS,
  },
  {
    phrase: 'es tu culpa',
    why: 'blames the survivor',
    instead: 'say "No es tu culpa."',
    notAfter: NEGATIONS,
  },
  {
    phrase: 'fue tu culpa',
    why: 'blames the survivor',
    instead: 'say "No fue tu culpa."',
    notAfter: NEGATIONS,
  },
  { phrase: 'puede confiar en mí', why: TRUST, instead: ROLE },
  { phrase: 'confíe en mí', why: TRUST, instead: ROLE },
  { phrase: 'confía en mí', why: TRUST, instead: ROLE },
  { phrase: 'puedes confiar en mí', why: TRUST, instead: ROLE },
  { phrase: 'ya está a salvo', why: SAFE, instead: ASK_SAFE },
  { phrase: 'ahora está a salvo', why: SAFE, instead: ASK_SAFE },
  { phrase: 'aquí está a salvo', why: SAFE, instead: ASK_SAFE },
  { phrase: 'está a salvo aquí', why: SAFE, instead: ASK_SAFE, notAfter: ['¿'] },
  { phrase: 'está a salvo ahora', why: SAFE, instead: ASK_SAFE, notAfter: ['¿'] },
  { phrase: 'ya está segura', why: SAFE, instead: ASK_SAFE },
  { phrase: 'aquí está segura', why: SAFE, instead: ASK_SAFE },
  { phrase: 'ya estás a salvo', why: SAFE, instead: ASK_SAFE },
  { phrase: 'aquí estás a salvo', why: SAFE, instead: ASK_SAFE },
  { phrase: 'estás a salvo aquí', why: SAFE, instead: ASK_SAFE, notAfter: ['¿'] },
  { phrase: 'ya estás segura', why: SAFE, instead: ASK_SAFE },
  { phrase: 'nadie te va a hacer daño', why: SAFE, instead: 'describe what this place can and cannot do' },
  { phrase: 'nadie te puede hacer daño', why: SAFE, instead: 'describe what this place can and cannot do' },
  { phrase: 'no te va a pasar nada', why: OUTCOME, instead: PROMISE },
  { phrase: 'nadie le puede hacer daño', why: SAFE, instead: 'describe what this place can and cannot do' },
  { phrase: 'nadie le va a hacer daño', why: SAFE, instead: 'describe what this place can and cannot do' },
  { phrase: 'no le va a pasar nada', why: OUTCOME, instead: PROMISE },
  { phrase: 'todo va a estar bien', why: OUTCOME, instead: PROMISE },
  { phrase: 'todo va a salir bien', why: OUTCOME, instead: PROMISE },
  { phrase: 'vamos a proteger a su familia', why: 'a promise outside your control', instead: PROMISE },
  { phrase: 'protegeremos a su familia', why: 'a promise outside your control', instead: PROMISE },
  { phrase: 'vamos a proteger a tu familia', why: 'a promise outside your control', instead: PROMISE },
  {
    phrase: 'le prometo',
    why: 'a promise; make only the ones you can keep',
    instead: PROMISE,
    notAfter: NEGATIONS,
  },
  {
    phrase: 'se lo prometo',
    why: 'a promise; make only the ones you can keep',
    instead: PROMISE,
    notAfter: NEGATIONS,
  },
  {
    phrase: 'te lo prometo',
    why: 'a promise; make only the ones you can keep',
    instead: PROMISE,
    notAfter: NEGATIONS,
  },
  {
    phrase: 'te prometo',
    why: 'a promise; make only the ones you can keep',
    instead: PROMISE,
    notAfter: NEGATIONS,
  },
  { phrase: 'no la van a deportar', why: IMMIGRATION, instead: ATTORNEY },
  { phrase: 'no lo van a deportar', why: IMMIGRATION, instead: ATTORNEY },
  { phrase: 'no le van a deportar', why: IMMIGRATION, instead: ATTORNEY },
  { phrase: 'no te van a deportar', why: IMMIGRATION, instead: ATTORNEY },
  { phrase: 'nadie la va a deportar', why: IMMIGRATION, instead: ATTORNEY },
  { phrase: 'le van a dar la visa', why: IMMIGRATION, instead: ATTORNEY },
  { phrase: 'le van a dar una visa', why: IMMIGRATION, instead: ATTORNEY },
  { phrase: 'va a conseguir la visa', why: IMMIGRATION, instead: ATTORNEY },
  { phrase: 'va a obtener la visa', why: IMMIGRATION, instead: ATTORNEY },
  { phrase: 'no la van a arrestar', why: CHARGES, instead: LAWYER },
  { phrase: 'nadie la va a arrestar', why: CHARGES, instead: LAWYER },
  { phrase: 'no se va a meter en ningún problema', why: CHARGES, instead: LAWYER },
  { phrase: 'es usted víctima de trata', why: LABEL, instead: OWN_WORDS },
  { phrase: 'es víctima de trata', why: LABEL, instead: OWN_WORDS, notAfter: NEGATIONS },
  { phrase: 'es usted una víctima', why: LABEL, instead: OWN_WORDS },
  { phrase: 'usted es una víctima', why: LABEL, instead: OWN_WORDS },
  { phrase: 'usted es la víctima', why: LABEL, instead: OWN_WORDS },
  { phrase: 'la víctima es usted', why: LABEL, instead: OWN_WORDS },
  { phrase: 'eres una víctima', why: LABEL, instead: OWN_WORDS },
  { phrase: 'eres víctima de trata', why: LABEL, instead: OWN_WORDS, notAfter: NEGATIONS },
  { phrase: 'tú eres una víctima', why: LABEL, instead: OWN_WORDS },
  { phrase: 'prostituta', why: 'a stigmatising label', instead: "use the person's own words" },
  { phrase: 'prostitutas', why: 'a stigmatising label', instead: "use the person's own words" },
  { phrase: 'se prostituye', why: 'a stigmatising label', instead: "use the person's own words" },
  {
    phrase: 'prostitución infantil',
    why: 'a child cannot consent to commercial sex: it is exploitation (trata), not prostitution',
    instead: 'say "explotación sexual comercial de menores" or "trata"',
  },
  {
    phrase: 'síndrome de estocolmo',
    why: 'a pathologising label',
    instead: 'name the feelings without a label, and ask before explaining trauma bonding',
  },
  {
    phrase: 'inmigrante ilegal',
    why: 'a dehumanising label for a person',
    instead: 'say "persona" or use her own words',
  },
  {
    phrase: 'inmigrantes ilegales',
    why: 'a dehumanising label for people',
    instead: 'say "personas" or use their own words',
  },
  {
    phrase: 'un ilegal',
    why: 'a dehumanising label for a person',
    instead: 'say "persona" or use her own words',
  },
  {
    phrase: 'una ilegal',
    why: 'a dehumanising label for a person',
    instead: 'say "persona" or use her own words',
  },
  {
    phrase: 'los ilegales',
    why: 'a dehumanising label for people',
    instead: 'say "personas" or use their own words',
  },
  {
    phrase: 'espalda mojada',
    why: 'a slur against Mexican and Central American immigrants',
    instead: 'say "persona" or use her own words',
  },
  {
    phrase: 'pobrecita',
    why: 'pity makes her smaller and can sound like judgement',
    instead: 'name what she did to get through',
  },
  { phrase: 'cálmese', why: CALM, instead: SLOW },
  { phrase: 'tranquilícese', why: CALM, instead: SLOW },
  { phrase: 'cálmate', why: CALM, instead: SLOW },
  { phrase: 'tranquilízate', why: CALM, instead: SLOW },
  { phrase: 'no llore', why: CALM, instead: 'let her cry, and offer tissues and time' },
  // Only "you have to": a bare "tiene que" is also "the hospital has to (report)", a fact worth saying.
  { phrase: 'usted tiene que', why: ORDER, instead: OFFER, notAfter: NEGATIONS },
  { phrase: 'tienes que', why: ORDER, instead: OFFER, notAfter: NEGATIONS },
  { phrase: 'usted debe', why: ORDER, instead: OFFER, notAfter: NEGATIONS },
  {
    phrase: 'tiene que denunciarlo',
    why: 'pressure to report: whether to involve police is her decision',
    instead: OFFER,
    notAfter: NEGATIONS,
  },
  {
    phrase: 'lo tiene que denunciar',
    why: 'pressure to report: whether to involve police is her decision',
    instead: OFFER,
    notAfter: NEGATIONS,
  },
  {
    phrase: 'tiene que dejarlo',
    why: 'pressure to leave: she is the best judge of her risk',
    instead: OFFER,
    notAfter: NEGATIONS,
  },
  {
    phrase: 'lo tiene que dejar',
    why: 'pressure to leave: she is the best judge of her risk',
    instead: OFFER,
    notAfter: NEGATIONS,
  },
];
