import type { ViewLine } from '@doorway/engine';

/**
 * The lines of the current moment, for the room: speakers named in text, cues and narration set apart.
 *
 * @example
 * <RoomLines lines={room.lines} />
 */
export function RoomLines({ lines }: { lines: ViewLine[] }) {
  return (
    <ol className="ws-lines" aria-label="What is happening">
      {lines.map((line, i) => (
        // Lines have no ids; their order within one beat is stable.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <li key={i} className={`ws-line ws-line--${line.kind}`}>
          {line.kind === 'speech' || line.kind === 'trainee' ? (
            <>
              <span className="ws-line__speaker">
                {line.kind === 'trainee' ? 'The room' : line.speaker?.name}:{' '}
              </span>
              <span>{line.text}</span>
            </>
          ) : line.kind === 'cue' ? (
            <em>
              <span className="visually-hidden">
                Non-verbal cue{line.speaker ? ` (${line.speaker.name})` : ''}:{' '}
              </span>
              {line.text}
            </em>
          ) : (
            <em>
              <span className="visually-hidden">
                {line.kind === 'time-skip' ? 'Time passes: ' : 'Narration: '}
              </span>
              {line.text}
            </em>
          )}
        </li>
      ))}
    </ol>
  );
}
