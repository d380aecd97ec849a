import type { Beat } from '../schema/scenario';
import { hashString, seededRandom } from '../util/random';

/**
 * The order in which a beat's choices are shown in one run: a permutation of all its choice ids
 * drawn from the run's seed and the beat id, so replay, resume and every screen of a workshop room
 * (one run, one seed) show the same order, and another run may show another. A beat with
 * `order: fixed` keeps file order.
 *
 * The permutation covers every choice of the beat, not only those offered now, so a choice that
 * becomes available later does not reshuffle the others.
 *
 * @example
 * choiceOrder(beat, 'intro', 42) // => ['wait', 'ask', 'push'] (always, for this seed and beat)
 */
export function choiceOrder(beat: Beat, beatId: string, seed: number): string[] {
  const ids = beat.choices.map((c) => c.id);
  if (beat.order === 'fixed') return ids;
  const rand = seededRandom(hashString(`${seed}|order|${beatId}`));
  // Fisher–Yates, from the end.
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = ids[i] as string;
    ids[i] = ids[j] as string;
    ids[j] = t;
  }
  return ids;
}
