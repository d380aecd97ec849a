import type { ViewLine } from '@doorway/engine';

/**
 * One line of the conversation as plain text for the terminal and the golden transcripts.
 *
 * @example
 * renderLine({ kind: 'speech', speaker: { id: 'rosa', name: 'Rosa', role: 'companion' }, text: 'Hi.' })
 * // 'Rosa: Hi.'
 */
export function renderLine(line: ViewLine): string {
  const who = line.speaker?.name;
  switch (line.kind) {
    case 'speech':
      return `${who ?? '?'}: ${line.text}`;
    case 'cue':
      // Authors write cues as whole sentences ("Rosa looks away."), so the name is not repeated.
      return `[${line.text}]`;
    case 'narration':
      return `  ${line.text}`;
    case 'trainee':
      return `> You: ${line.text}`;
    case 'time-skip':
      return `--- ${line.text} ---`;
  }
}
