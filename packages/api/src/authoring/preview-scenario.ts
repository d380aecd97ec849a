import type { Scenario } from '@doorway/engine';

/** Where a preview starts: a beat of a phase (not inside an interruption) and meter and flag values. */
export interface PreviewStart {
  fromBeat?: string | undefined;
  meters?: Record<string, number> | undefined;
  flags?: Record<string, boolean> | undefined;
}

/**
 * The scenario a preview plays: the draft with its `start` moved to the chosen beat and its meters' and
 * flags' starting values replaced (meters clamped to their range). A plain scenario, so the real player
 * and engine play it unchanged. Unknown beats, meters or flags come back as a message.
 *
 * @example
 * previewScenario(scenario, { fromBeat: 'safe-to-talk', meters: { trust: 50 } }) // { ok: true, value: {...} }
 */
export function previewScenario(
  scenario: Scenario,
  start: PreviewStart,
): { ok: true; value: Scenario } | { ok: false; error: string } {
  const beats = Object.values(scenario.phases).flatMap((p) => Object.keys(p.beats));
  if (start.fromBeat !== undefined && !beats.includes(start.fromBeat))
    return {
      ok: false,
      error: `There is no beat "${start.fromBeat}" to start from (a preview starts at a beat of a phase, not inside an interruption).`,
    };
  const meters = { ...scenario.meters };
  for (const [id, value] of Object.entries(start.meters ?? {})) {
    const meter = meters[id];
    if (!meter) return { ok: false, error: `The draft declares no meter "${id}".` };
    meters[id] = { ...meter, initial: Math.min(meter.max, Math.max(meter.min, value)) };
  }
  const flags = { ...scenario.flags };
  for (const [id, value] of Object.entries(start.flags ?? {})) {
    if (!(id in flags)) return { ok: false, error: `The draft declares no flag "${id}".` };
    flags[id] = value;
  }
  return { ok: true, value: { ...scenario, start: start.fromBeat ?? scenario.start, meters, flags } };
}
