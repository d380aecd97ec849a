import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { apiErrorOf } from '../../lib/http';
import type { CourseStep, HeatmapDecision } from './courseTypes';
import { useHeatmap } from './manageQueries';

const verdicts = [
  { key: 'best', icon: '✓', word: 'Best' },
  { key: 'acceptable', icon: '◐', word: 'Acceptable' },
  { key: 'harmful', icon: '✕', word: 'Harmful' },
] as const;

/** How strongly a cell is shaded: its share of those who reached the decision, in tenths. */
function shade(count: number, reached: number): number {
  return reached === 0 ? 0 : Math.round((count / reached) * 10);
}

function Cell({ d, verdict }: { d: HeatmapDecision; verdict: (typeof verdicts)[number] }) {
  const count = d[verdict.key];
  if (count === null) return <td>—</td>;
  return (
    <td className={`cm-heat cm-heat--${verdict.key} cm-heat--s${shade(count, d.reached)}`}>
      <span aria-hidden="true">{verdict.icon} </span>
      {verdict.word}: {count} of {d.reached}
    </td>
  );
}

/**
 * Where a cohort struggles in one scenario step: for each decision, how many chose a best, an
 * acceptable or a harmful option (colour plus icon and words), and the most common harmful choice.
 * Shown only once 3 or more trainees have an attempt, so nobody is singled out.
 *
 * @example
 * <Heatmap orgId={orgId} cohortId={cohortId} step={step} />
 */
export function Heatmap({ orgId, cohortId, step }: { orgId: string; cohortId: string; step: CourseStep }) {
  const heat = useHeatmap(orgId, cohortId, step.id);
  const headingId = `heat-${step.id}`;
  return (
    <section aria-labelledby={headingId} className="cm-heatmap">
      <h3 id={headingId}>{step.title}</h3>
      {heat.isError ? (
        <ErrorNotice error={apiErrorOf(heat.error)} title="Could not load where the cohort struggles" />
      ) : !heat.data ? (
        <Loading what="the heatmap" />
      ) : !heat.data.shown ? (
        <p className="cm-note">
          Shown only for groups of 3 or more trainees, so no one is singled out ({heat.data.trainees}{' '}
          {heat.data.trainees === 1 ? 'trainee has' : 'trainees have'} an attempt so far).
          {heat.data.reason ? ` ${heat.data.reason}` : ''}
        </p>
      ) : (
        <div className="cm-scroll">
          <table className="cm-table">
            <caption className="visually-hidden">Choices at each decision of {step.title}</caption>
            <thead>
              <tr>
                <th scope="col">Decision</th>
                <th scope="col">Reached</th>
                {verdicts.map((v) => (
                  <th scope="col" key={v.key}>
                    {v.word}
                  </th>
                ))}
                <th scope="col">Most common harmful choice</th>
              </tr>
            </thead>
            <tbody>
              {heat.data.decisions.map((d) => (
                <tr key={d.beatId}>
                  <th scope="row">{d.label}</th>
                  <td>{d.reached}</td>
                  {d.hidden ? (
                    <td colSpan={4}>Fewer than 3 trainees reached this decision, so it is not shown.</td>
                  ) : (
                    <>
                      {verdicts.map((v) => (
                        <Cell key={v.key} d={d} verdict={v} />
                      ))}
                      <td>
                        {d.mostCommonHarmful
                          ? `“${d.mostCommonHarmful.text}” (${d.mostCommonHarmful.count})`
                          : 'None'}
                      </td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
