import type { RoomDebrief } from './room-schemas';

function cell(value: string | number): string {
  const text = String(value);
  // Quote always; double inner quotes; defuse spreadsheet formulas (=, +, -, @ at the start).
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * The room's path as CSV: one row per decision, with the spread of the last vote.
 *
 * @example
 * roomDebriefCsv(debrief).split('\n')[0] // '"decision","moment",…'
 */
export function roomDebriefCsv(debrief: Pick<RoomDebrief, 'decisions'>): string {
  const header = [
    'decision',
    'moment',
    'room chose',
    'verdict',
    'skipped',
    'vote rounds',
    'votes',
    'spread',
    'best alternative',
  ];
  const rows = debrief.decisions.map((d) => [
    d.index,
    d.beatTitle ?? d.prompt ?? '',
    d.chosen.text,
    d.verdict,
    d.skipped ? 'yes' : 'no',
    d.rounds,
    d.votes,
    d.spread.map((s) => `${s.text}: ${s.count}`).join(' | '),
    d.best?.text ?? '',
  ]);
  return `${[header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
