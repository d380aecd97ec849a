import type { Mode } from '@doorway/engine';

/** The three ways to play a scenario, in plain words (scenario page, player and debrief). */
export const modes: { id: Mode; name: string; short: string; explain: string }[] = [
  {
    id: 'coach',
    name: 'Coach',
    short: 'Feedback after each choice',
    explain:
      'After each choice you see how it landed and why, with the guidance behind it. You can take a choice back and try another response.',
  },
  {
    id: 'practice',
    name: 'Practice',
    short: 'Feedback at the end',
    explain:
      'Play the whole conversation through, then read the debrief. Once it is over you can go back to any decision and try a different path.',
  },
  {
    id: 'assessment',
    name: 'Assessment',
    short: 'No second tries, pass or fail',
    explain:
      'Each choice is final. At the end you see whether you passed and why. Some choices are critical errors that fail the run whatever the score.',
  },
];

/**
 * The display name of a mode.
 *
 * @example
 * modeName('coach'); // 'Coach'
 */
export function modeName(mode: Mode): string {
  return modes.find((m) => m.id === mode)?.name ?? mode;
}
