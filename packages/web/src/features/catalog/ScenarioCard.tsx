import { Link } from 'wouter';
import { ContentNotes } from '../../components/ContentNotes';
import { formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/i18n';
import { langAt } from '../../lib/contentLang';
import type { ScenarioSummary } from '../../lib/types';

/**
 * One scenario in the catalog: title, summary, minutes, the trainee's role, competencies, the
 * languages it can be played in (complete or partial) and content notes, all visible before
 * starting. Each text carries its own language: the catalog's, or English where not translated.
 *
 * @example
 * <ScenarioCard scenario={s} />
 */
export function ScenarioCard({ scenario }: { scenario: ScenarioSummary }) {
  const { t } = useT();
  const at = langAt(scenario);
  return (
    <article className="card" aria-labelledby={`scenario-${scenario.id}`} data-scenario-id={scenario.id}>
      <h2 id={`scenario-${scenario.id}`} className="card__title">
        <Link href={`/scenarios/${scenario.id}`} lang={at('title')}>
          {scenario.title}
        </Link>
      </h2>
      <p lang={at('summary')}>{scenario.summary}</p>
      <dl className="facts">
        <div>
          <dt>{t('catalog.time')}</dt>
          <dd>{t('common.minutes', { count: scenario.estimatedMinutes })}</dd>
        </div>
        <div>
          <dt>{t('catalog.youAre')}</dt>
          <dd lang={at('trainee')}>{scenario.trainee}</dd>
        </div>
        <div className="facts__block">
          <dt>{t('catalog.practises')}</dt>
          <dd>
            {/* The rubric's competency names are not translated yet. */}
            <ul className="tags" lang="en">
              {scenario.competencies.map((c) => (
                <li key={c.id}>{c.name}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div className="facts__block">
          <dt>{t('catalog.languages')}</dt>
          <dd>
            <ScenarioLanguages languages={scenario.languages ?? []} />
          </dd>
        </div>
      </dl>
      <ContentNotes notes={scenario.contentNotes} noteLang={(i) => at(`contentNotes.${i}`)} />
      {scenario.lang !== undefined && scenario.lang !== 'en' && (scenario.inEnglish ?? []).length > 0 ? (
        <p className="muted">{t('catalog.someInEnglish')}</p>
      ) : null}
    </article>
  );
}

/**
 * The languages a scenario can be played in: English (the original) and each translation, complete
 * or partial with how much is translated.
 *
 * @example
 * <ScenarioLanguages languages={[{ lang: 'en', complete: true, translated: 9, texts: 9 }]} />
 */
function ScenarioLanguages({ languages }: { languages: NonNullable<ScenarioSummary['languages']> }) {
  const { t } = useT();
  return (
    <ul className="card__languages">
      {languages.map((l) => {
        const language = t(l.lang === 'es' ? 'common.languageNames.es' : 'common.languageNames.en');
        return (
          <li key={l.lang} data-lang={l.lang} data-complete={l.complete}>
            {l.lang === 'en'
              ? language
              : l.complete
                ? t('catalog.langComplete', { language })
                : t('catalog.langPartial', {
                    language,
                    translated: formatNumber(l.translated),
                    texts: formatNumber(l.texts),
                  })}
          </li>
        );
      })}
    </ul>
  );
}
