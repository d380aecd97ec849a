import { Trans } from 'react-i18next';
import { useT } from '../../../i18n/i18n';
import type { DraftProblem } from '../checker/checkTypes';

/**
 * The checker's problems as a list: each names its line and column, field, message and fix, and jumps to
 * its line when chosen. Errors and warnings say so in words, not only colour. The severity and the line are
 * in the interface language; the field, message and fix are the checker's, in English, marked `lang="en"`.
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
  const { t } = useT();
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return (
    <section aria-labelledby="problems-heading" className="au-panel">
      <h2 id="problems-heading">{t('authoring.problems.heading')}</h2>
      <p aria-live="polite" className="au-summary" data-testid="problems-summary">
        {t('authoring.problems.errors', { count: errors })},{' '}
        {t('authoring.problems.warnings', { count: warnings })}
        {checking ? ` ${t('authoring.problems.checking')}` : ''}
      </p>
      {problems.length === 0 ? (
        <p>{t('authoring.problems.none')}</p>
      ) : (
        <ul className="au-problems">
          {problems.map((p) => (
            <li
              key={`${p.line}:${p.col}:${p.rule}:${p.field}:${p.message}`}
              className={`au-problem au-problem--${p.severity}`}
            >
              <button type="button" className="linklike" onClick={() => onJump(p.line)}>
                <Trans
                  i18nKey={
                    p.severity === 'error' ? 'authoring.problems.errorAt' : 'authoring.problems.warningAt'
                  }
                  values={{ line: p.line, col: p.col }}
                  components={{ sev: <span className="au-sev" />, where: <span className="au-where" /> }}
                />
                {p.field ? (
                  <code className="au-field" lang="en">
                    {p.field}
                  </code>
                ) : null}
                <span className="au-message" lang="en">
                  {p.message}
                </span>
              </button>
              {p.fix ? (
                <p className="au-fix">
                  {t('authoring.problems.fix')} <span lang="en">{p.fix}</span>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
