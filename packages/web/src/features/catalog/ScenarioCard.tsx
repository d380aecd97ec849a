import { Link } from 'wouter';
import { ContentNotes } from '../../components/ContentNotes';
import { useT } from '../../i18n/i18n';
import type { ScenarioSummary } from '../../lib/types';

/**
 * One scenario in the catalog: title, summary, minutes, the trainee's role, competencies and
 * content notes, all visible before starting.
 *
 * @example
 * <ScenarioCard scenario={s} />
 */
export function ScenarioCard({ scenario }: { scenario: ScenarioSummary }) {
  const { t } = useT();
  return (
    <article className="card" aria-labelledby={`scenario-${scenario.id}`}>
      <h2 id={`scenario-${scenario.id}`} className="card__title">
        <Link href={`/scenarios/${scenario.id}`} lang="en">
          {scenario.title}
        </Link>
      </h2>
      <p lang="en">{scenario.summary}</p>
      <dl className="facts">
        <div>
          <dt>{t('catalog.time')}</dt>
          <dd>{t('common.minutes', { count: scenario.estimatedMinutes })}</dd>
        </div>
        <div>
          <dt>{t('catalog.youAre')}</dt>
          <dd lang="en">{scenario.trainee}</dd>
        </div>
        <div className="facts__block">
          <dt>{t('catalog.practises')}</dt>
          <dd>
            <ul className="tags" lang="en">
              {scenario.competencies.map((c) => (
                <li key={c.id}>{c.name}</li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      <ContentNotes notes={scenario.contentNotes} lang="en" />
    </article>
  );
}
