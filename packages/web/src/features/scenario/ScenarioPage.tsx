import type { Mode } from '@doorway/engine';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ContentNotes } from '../../components/ContentNotes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { castRoleKey } from '../../lib/castRole';
import { langAt } from '../../lib/contentLang';
import { type ApiError, apiErrorOf } from '../../lib/http';
import { modes } from '../../lib/modes';
import { openStartedRun } from '../../lib/openStartedRun';
import { useScenario } from '../../lib/queries';
import { startRun } from '../../lib/runCommands';
import { runLanguageFor } from '../../lib/runLanguage';
import { RunLanguageNote } from './RunLanguageNote';
import './scenario.css';
import { formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/i18n';

/**
 * `/scenarios/:id`: what the scenario is about (objectives, the trainee's role, who is in the room,
 * content notes) and the three modes in plain words, each with its own Start button.
 *
 * @example
 * <Route path="/scenarios/:id" component={ScenarioPage} />
 */
export function ScenarioPage({ params }: { params: { id: string } }) {
  const { t, lang } = useT();
  const query = useScenario(params.id, true, lang);
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [starting, setStarting] = useState<Mode | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);

  if (query.isPending) return <Loading what={t('scenario.loading')} />;
  if (query.isError)
    return (
      <ErrorNotice error={apiErrorOf(query.error)} onRetry={() => query.refetch()}>
        <Link href="/" className="button button--secondary">
          {t('common.backToScenarios')}
        </Link>
      </ErrorNotice>
    );
  const scenario = query.data;
  const at = langAt(scenario);
  const runLanguage = runLanguageFor(scenario.languages, lang);

  const start = async (mode: Mode) => {
    setStarting(mode);
    setError(undefined);
    const result = await startRun(scenario.id, mode, runLanguage.lang);
    setStarting(undefined);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    navigate(openStartedRun(queryClient, result.value, scenario.title, mode));
  };

  return (
    <>
      <p className="breadcrumb">
        <Link href="/">{t('scenario.all')}</Link>
      </p>
      <PageHeading title={scenario.title}>
        <span lang={at('title')}>{scenario.title}</span>
      </PageHeading>
      <p className="lede" lang={at('summary')}>
        {scenario.summary}
      </p>
      <ContentNotes notes={scenario.contentNotes} noteLang={(i) => at(`contentNotes.${i}`)} />
      <dl className="facts">
        <div>
          <dt>{t('scenario.role')}</dt>
          <dd lang={at('trainee')}>{scenario.trainee}</dd>
        </div>
        <div>
          <dt>{t('scenario.time')}</dt>
          <dd>{t('common.minutes', { count: scenario.estimatedMinutes })}</dd>
        </div>
        <div>
          <dt>{t('scenario.pass')}</dt>
          <dd>{t('scenario.passText', { threshold: formatNumber(scenario.passThreshold) })}</dd>
        </div>
      </dl>
      <h2>{t('scenario.practise')}</h2>
      <ul>
        {scenario.objectives.map((o, i) => (
          <li key={o} lang={at(`objectives.${i}`)}>
            {o}
          </li>
        ))}
      </ul>
      {Object.keys(scenario.cast).length > 0 ? (
        <>
          <h2>{t('scenario.room')}</h2>
          <ul>
            {Object.entries(scenario.cast).map(([id, member]) => (
              <li key={id}>
                <strong lang={at(`cast.${id}.name`)}>{member.name}</strong> ({t(castRoleKey(member.role))})
                {member.description ? (
                  <>
                    : <span lang={at(`cast.${id}.description`)}>{member.description}</span>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{t('scenario.choose')}</h2>
      <RunLanguageNote runLanguage={runLanguage} />
      {error ? <ErrorNotice error={error} title={t('scenario.cannotStart')} /> : null}
      <div className="modes">
        {modes.map((mode) => (
          <section key={mode} className="mode" aria-labelledby={`mode-${mode}`}>
            <h3 id={`mode-${mode}`}>
              {t(`modes.${mode}.name`)}: <span className="mode__short">{t(`modes.${mode}.short`)}</span>
            </h3>
            <p>{t(`modes.${mode}.explain`)}</p>
            <button
              type="button"
              className="button"
              onClick={() => void start(mode)}
              disabled={starting !== undefined}
              aria-describedby={`mode-${mode}`}
            >
              {starting === mode ? t('scenario.starting') : t(`modes.${mode}.start`)}
            </button>
          </section>
        ))}
      </div>
    </>
  );
}
