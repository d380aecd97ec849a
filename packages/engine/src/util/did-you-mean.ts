/** Edit distance between two short strings (ids), for "did you mean" suggestions. */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + cost);
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

/**
 * The candidate closest to `wanted`, if it is plausibly a typo of it: the one "did you mean" of the
 * engine's problems and the content loader's (unknown ids, unknown keys).
 *
 * @example
 * didYouMean('privte-room', ['private-room', 'lobby']) // => 'private-room'
 * didYouMean('zebra', ['private-room', 'lobby']) // => undefined
 */
export function didYouMean(wanted: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = distance(wanted.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  if (best === undefined) return undefined;
  // A third of the length tolerates one or two slips in a real id without suggesting unrelated words.
  return bestD <= Math.max(2, Math.floor(wanted.length / 3)) ? best : undefined;
}
