/**
 * Words and phrases that make an option *sound* kind in Spanish: the engine's English `REASSURING_WORDS`
 * said the way advocates say them here (usted and tú forms, the inflections a table uses). A test-wise
 * trainee who always picks the option with the most of them must not pass a Spanish table either. Matched
 * whole-word, ignoring case and accents; a phrase counts once per occurrence.
 */
export const SPANISH_REASSURING_WORDS: readonly string[] = [
  'a salvo',
  'segura',
  'seguro',
  'seguras',
  'seguros',
  'seguridad',
  'está bien',
  'todo bien',
  'tranquila',
  'tranquilo',
  'tranquilidad',
  'no se preocupe',
  'no te preocupes',
  'ayuda',
  'ayudar',
  'ayudarla',
  'ayudarle',
  'ayudarte',
  'apoyo',
  'apoyar',
  'apoyarla',
  'apoyarte',
  'confianza',
  'confiar',
  'prometo',
  'promesa',
  'cuidar',
  'cuidarla',
  'cuidarte',
  'cariño',
  'me importa',
  'me importas',
  'aquí para usted',
  'aquí para ti',
  'con usted',
  'contigo',
  'proteger',
  'protegerla',
  'protegerte',
  'protegida',
  'protección',
  'entiendo',
  'comprendo',
  'siempre',
  'nunca',
  'lo siento',
  'lo lamento',
  'me alegra',
  'me alegro',
  'qué bueno',
  'bienvenida',
  'bienvenido',
  'juntas',
  'juntos',
  'cómoda',
  'cómodo',
  'sin presión',
  'sin prisa',
  'por supuesto',
  'claro que sí',
  'absolutamente',
  'lo que necesite',
  'lo que necesites',
  'tómese su tiempo',
  'tómate tu tiempo',
  'con calma',
  'no es su culpa',
  'no es tu culpa',
  'no fue su culpa',
  'no fue tu culpa',
  'valiente',
  'fuerte',
  'orgullosa',
  'orgulloso',
  'gracias',
  'con delicadeza',
  'aquí mismo',
];

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');
}

const PATTERNS = SPANISH_REASSURING_WORDS.map(
  (w) => new RegExp(`(?<![\\p{L}])${fold(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu'),
);

/**
 * How many reassuring words or phrases a Spanish text contains (accents and case ignored).
 *
 * @example
 * spanishReassuringScore('Ya está a salvo, se lo prometo.') // => 2
 */
export function spanishReassuringScore(text: string): number {
  const normal = fold(text);
  let n = 0;
  for (const p of PATTERNS) n += normal.match(p)?.length ?? 0;
  return n;
}
