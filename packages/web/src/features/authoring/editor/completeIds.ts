import type { DeclaredIds } from '../checker/checkTypes';

/** Which ids fit where the cursor is, judged from the text of the line before it. */
export type IdKind = 'target' | 'cast' | 'meter' | 'flag' | 'source' | 'competency' | 'affect';

const RULES: [RegExp, IdKind][] = [
  [/(?:^|[\s{,])(?:next|to|start):\s*["']?[\w-]*$/, 'target'],
  [/(?:^|[\s{,])(?:speaker|of):\s*["']?[\w-]*$/, 'cast'],
  [/(?:^|[\s{,])meter:\s*["']?[\w-]*$/, 'meter'],
  [/(?:^|[\s{,])flag:\s*["']?[\w-]*$/, 'flag'],
  [/(?:^|[\s{,])affect:\s*["']?[\w-]*$/, 'affect'],
  [/(?:^|[\s{,])sources:\s*\[[^\]]*$/, 'source'],
  [/(?:^|[\s{,])evidence:\s*\{[^}]*$/, 'competency'],
  [/(?:^|[\s{,])meters:\s*\{[^}]*$/, 'meter'],
  [/(?:^|[\s{,])flags:\s*\{[^}]*$/, 'flag'],
];

/**
 * The kind of id that belongs at the end of `before` (the line up to the cursor), if any.
 *
 * @example
 * idKindAt('            next: saf') // 'target'
 * idKindAt('            sources: [screen-safe-now, ') // 'source'
 */
export function idKindAt(before: string): IdKind | undefined {
  // Inside `{ ... }` after a key like `evidence:`, only the key position takes an id (not the value after `:`).
  for (const [re, kind] of RULES) {
    if (!re.test(before)) continue;
    if ((kind === 'competency' || kind === 'meter' || kind === 'flag') && /\{[^}]*$/.test(before)) {
      const inside = before.slice(before.lastIndexOf('{') + 1);
      const last = inside.split(',').at(-1) ?? '';
      if (last.includes(':')) return undefined;
    }
    return kind;
  }
  return undefined;
}

/**
 * The declared ids of one kind, with a short detail for the completion list.
 *
 * @example
 * idsOfKind(ids, 'target') // [{ label: 'arrival', detail: 'beat' }, { label: 'door-open', detail: 'ending' }]
 */
export function idsOfKind(ids: DeclaredIds, kind: IdKind): { label: string; detail: string }[] {
  switch (kind) {
    case 'target':
      return [
        ...ids.beats.map((label) => ({ label, detail: 'beat' })),
        ...ids.endings.map((label) => ({ label, detail: 'ending' })),
        { label: 'return', detail: 'end the interruption' },
      ];
    case 'cast':
      return ids.cast.map((label) => ({ label, detail: 'cast' }));
    case 'meter':
      return ids.meters.map((m) => ({ label: m.id, detail: `meter ${m.min}..${m.max}` }));
    case 'flag':
      return ids.flags.map((f) => ({ label: f.id, detail: 'flag' }));
    case 'affect':
      return ids.affect.map((label) => ({ label, detail: 'affect state' }));
    case 'source':
      return ids.sources.map((label) => ({ label, detail: 'source' }));
    case 'competency':
      return ids.competencies.map((label) => ({ label, detail: 'competency' }));
  }
}
