/**
 * Words and phrases that make an option *sound* kind. A test-wise trainee who always picks the option
 * with the most of them must not pass: warmth is not the same as good practice (an over-promise is full
 * of these words). Matched whole-word and case-insensitively; a phrase counts once per occurrence.
 */
export const REASSURING_WORDS: readonly string[] = [
  'safe',
  'safety',
  'okay',
  'ok',
  'alright',
  'all right',
  "it's fine",
  'help',
  'helping',
  'support',
  'trust',
  'promise',
  'care',
  'caring',
  "don't worry",
  'no need to worry',
  'here for you',
  'with you',
  'protect',
  'protected',
  'understand',
  'always',
  'never',
  'sorry',
  'glad',
  'welcome',
  'together',
  'comfortable',
  'no pressure',
  'of course',
  'absolutely',
  'whatever you need',
  'take your time',
  'you matter',
  'not your fault',
  'brave',
  'strong',
  'proud',
  'thank you',
  'thanks',
  'gently',
  'right here',
];

const PATTERNS = REASSURING_WORDS.map(
  (w) => new RegExp(`(?<![\\p{L}'])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}'])`, 'giu'),
);

/**
 * How many reassuring words or phrases a text contains (straight and curly apostrophes alike).
 *
 * @example
 * reassuringScore("You're safe now, I promise.") // => 2
 */
export function reassuringScore(text: string): number {
  const normal = text.replace(/[\u2018\u2019]/g, "'");
  let n = 0;
  for (const p of PATTERNS) n += normal.match(p)?.length ?? 0;
  return n;
}
