import type { Verdict } from '@doorway/engine';
import './VerdictBadge.css';

const look: Record<Verdict, { icon: string; word: string }> = {
  best: { icon: '✓', word: 'Best response' },
  acceptable: { icon: '◐', word: 'Acceptable' },
  harmful: { icon: '✕', word: 'Harmful' },
};

/**
 * A verdict as icon and word (never colour alone), with "critical error" named when it is one.
 *
 * @example
 * <VerdictBadge verdict="harmful" critical />
 */
export function VerdictBadge({ verdict, critical = false }: { verdict: Verdict; critical?: boolean }) {
  const { icon, word } = look[verdict];
  return (
    <span className={`verdict verdict--${verdict}`}>
      <span className="verdict__icon" aria-hidden="true">
        {icon}
      </span>{' '}
      {word}
      {critical ? <span className="verdict__critical"> · critical error</span> : null}
    </span>
  );
}
