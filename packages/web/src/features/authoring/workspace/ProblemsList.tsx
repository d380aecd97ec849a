import type { DraftProblem } from '../checker/checkTypes';

/**
 * The checker's problems as a list: each names its line and column, field, message and fix, and jumps to
 * its line when chosen. Errors and warnings say so in words, not only colour.
 *
 * @example
 * <ProblemsList problems={result.problems} onJump={(line) => setJump({ line })} />
 */
export function ProblemsList({
  problems,
  checking,
  onJump,
}: {
  problems: readonly DraftProblem[];
  checking: boolean;
  onJump: (line: number) => void;
}) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return (
    <section aria-labelledby="problems-heading" className="au-panel">
      <h2 id="problems-heading">Problems</h2>
      <p aria-live="polite" className="au-summary" data-testid="problems-summary">
        {errors} error{errors === 1 ? '' : 's'}, {warnings} warning{warnings === 1 ? '' : 's'}
        {checking ? ' (checking…)' : ''}
      </p>
      {problems.length === 0 ? (
        <p>No problems: this draft can be published.</p>
      ) : (
        <ul className="au-problems">
          {problems.map((p) => (
            <li
              key={`${p.line}:${p.col}:${p.rule}:${p.field}:${p.message}`}
              className={`au-problem au-problem--${p.severity}`}
            >
              <button type="button" className="linklike" onClick={() => onJump(p.line)}>
                <span className="au-sev">{p.severity === 'error' ? 'Error' : 'Warning'}</span>{' '}
                <span className="au-where">
                  line {p.line}:{p.col}
                </span>
                {p.field ? <code className="au-field">{p.field}</code> : null}
                <span className="au-message">{p.message}</span>
              </button>
              {p.fix ? <p className="au-fix">Fix: {p.fix}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
