import { Link } from 'wouter';
import { ContentNotes } from '../../components/ContentNotes';
import type { ScenarioSummary } from '../../lib/types';

/**
 * One scenario in the catalog: title, summary, minutes, the trainee's role, competencies and
 * content notes, all visible before starting.
 *
 * @example
 * <ScenarioCard scenario={s} />
 */
export function ScenarioCard({ scenario }: { scenario: ScenarioSummary }) {
  return (
    <article className="card" aria-labelledby={`scenario-${scenario.id}`}>
      <h2 id={`scenario-${scenario.id}`} className="card__title">
        <Link href={`/scenarios/${scenario.id}`}>{scenario.title}</Link>
      </h2>
      <p>{scenario.summary}</p>
      <dl className="facts">
        <div>
          <dt>Time</dt>
          <dd>About {scenario.estimatedMinutes} minutes</dd>
        </div>
        <div>
          <dt>You are</dt>
          <dd>{scenario.trainee}</dd>
        </div>
        <div className="facts__block">
          <dt>Practises</dt>
          <dd>
            <ul className="tags">
              {scenario.competencies.map((c) => (
                <li key={c.id}>{c.name}</li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      <ContentNotes notes={scenario.contentNotes} />
    </article>
  );
}
