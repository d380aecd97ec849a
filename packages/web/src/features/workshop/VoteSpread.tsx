import type { RoomView } from './workshopTypes';

/**
 * The revealed spread of votes as labelled bars (with the numbers in text, never colour alone),
 * or why it is hidden.
 *
 * @example
 * <VoteSpread votes={room.votes} />
 */
export function VoteSpread({ votes }: { votes: RoomView['votes'] }) {
  if (votes.hidden === 'too-few') {
    return (
      <p className="ws-note">
        Fewer than three people voted, so the spread stays hidden to keep every vote anonymous.
      </p>
    );
  }
  if (!votes.spread) return null;
  const max = Math.max(1, ...votes.spread.map((s) => s.count));
  return (
    <figure className="ws-spread">
      <figcaption>How the room voted ({votes.cast} votes)</figcaption>
      <ul>
        {votes.spread.map((s) => (
          <li key={s.choiceId}>
            <span className="ws-spread__label">{s.text}</span>
            <span
              className="ws-spread__bar"
              style={{ width: `${(s.count / max) * 100}%` }}
              aria-hidden="true"
            />
            <span className="ws-spread__count">
              {s.count} {s.count === 1 ? 'vote' : 'votes'}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
