import type { DebriefReport } from '@doorway/engine';

/**
 * The competency scores as labelled horizontal bars (CSS, no chart library). Screen readers get the
 * same numbers from the table that follows, so the bars themselves are hidden from them.
 *
 * @example
 * <CompetencyChart competencies={report.competencies} />
 */
export function CompetencyChart({ competencies }: { competencies: DebriefReport['competencies'] }) {
  return (
    <figure className="chart">
      <figcaption id="chart-caption">
        Score per competency, out of 100 (the table below has the same numbers)
      </figcaption>
      <ul className="chart__bars" aria-hidden="true">
        {competencies.map((c) => (
          <li key={c.id} className="chart__row">
            <span className="chart__label">{c.name}</span>
            <span className="chart__track">
              <span className="chart__bar" style={{ width: `${clamp(c.score)}%` }} />
            </span>
            <span className="chart__value">{Math.round(c.score)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/**
 * The competency scores as a table: score, the evidence sum and the range the scenario allows, and the weight.
 *
 * @example
 * <CompetencyTable competencies={report.competencies} />
 */
export function CompetencyTable({ competencies }: { competencies: DebriefReport['competencies'] }) {
  return (
    <div className="table-wrap">
      <table>
        <caption>Competency scores</caption>
        <thead>
          <tr>
            <th scope="col">Competency</th>
            <th scope="col">Score</th>
            <th scope="col">Evidence (possible range)</th>
            <th scope="col">Weight</th>
          </tr>
        </thead>
        <tbody>
          {competencies.map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.name}</th>
              <td>{Math.round(c.score)}</td>
              <td>
                {c.sum} ({c.min} to {c.max})
              </td>
              <td>{c.weight}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function clamp(n: number): number {
  return Math.max(0, Math.min(100, n));
}
