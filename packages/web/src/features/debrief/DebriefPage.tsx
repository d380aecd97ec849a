import type { Mode } from '@doorway/engine';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Trans } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/i18n';
import { langAt, runLang } from '../../lib/contentLang';
import { type ApiError, apiErrorOf } from '../../lib/http';
import { openStartedRun } from '../../lib/openStartedRun';
import { keys, useDebrief, useScenario } from '../../lib/queries';
import { rewind, startRun } from '../../lib/runCommands';
import { runLanguageFor } from '../../lib/runLanguage';
import { forgetRun, rememberRun } from '../../lib/runMemory';
import { Debrief } from './Debrief';

/**
 * `/runs/:id/debrief`: loads the report and offers "Play again" (a new run, same mode) and, outside
 * assessment mode, "Try a different path" (rewind to a decision and play on).
 *
 * @example
 * <Route path="/runs/:id/debrief" component={DebriefPage} />
 */
export function DebriefPage({ params }: { params: { id: string } }) {
  const { t } = useT();
  const runId = params.id;
  const { lang } = useT();
  const query = useDebrief(runId);
  // The debrief is in the run's language (the report says which); the scenario's title follows it.
  const language = runLang(query.data?.lang);
  const scenario = useScenario(query.data?.scenarioId ?? '', query.data !== undefined, language);
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const finished = query.data !== undefined && query.data.status !== 'active';
  useEffect(() => {
    // A finished run is no longer one to "continue where you left off".
    if (finished) forgetRun(runId);
  }, [finished, runId]);

  if (query.isPending) return <Loading what={t('debrief.loading')} />;
  if (query.isError) {
    const e = apiErrorOf(query.error);
    const notEnded = e.kind === 'http' && e.code === 'run_not_ended';
    return (
      <ErrorNotice
        error={notEnded ? { ...e, message: t('debrief.notEnded') } : e}
        title={notEnded ? t('debrief.notFinished') : undefined}
        onRetry={e.kind === 'network' ? () => query.refetch() : undefined}
      >
        <Link href={notEnded ? `/runs/${runId}` : '/'} className="button button--secondary">
          {notEnded ? t('debrief.backToConversation') : t('common.backToScenarios')}
        </Link>
      </ErrorNotice>
    );
  }
  const report = query.data;
  const title = scenario.data?.title ?? t('debrief.yourConversation');

  const playAgain = async (mode: Mode) => {
    setBusy(true);
    setError(undefined);
    // A new run starts in the interface language where the scenario has it, like one from its page.
    const result = await startRun(
      report.scenarioId,
      mode,
      runLanguageFor(scenario.data?.languages, lang).lang,
    );
    setBusy(false);
    if (!result.ok) return setError(result.error);
    navigate(openStartedRun(queryClient, result.value, scenario.data?.title ?? report.scenarioId, mode));
  };

  const rewindTo = async (toDecision: number) => {
    setBusy(true);
    setError(undefined);
    const result = await rewind(runId, toDecision);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    // The cached run still shows the ending: drop it so the player loads where the rewind left the run.
    queryClient.removeQueries({ queryKey: keys.run(runId) });
    queryClient.removeQueries({ queryKey: keys.debrief(runId) });
    if (scenario.data) {
      rememberRun({
        runId,
        scenarioId: report.scenarioId,
        title: scenario.data.title,
        mode: report.mode,
        startedAt: new Date().toISOString(),
      });
    }
    navigate(`/runs/${runId}`);
  };

  return (
    <>
      <PageHeading title={t('debrief.heading', { title })}>
        <Trans
          i18nKey="debrief.headingMarked"
          values={{ title }}
          components={{ title: <span lang={scenario.data ? langAt(scenario.data)('title') : lang} /> }}
        />
      </PageHeading>
      {language !== lang ? (
        <p className="muted" data-run-lang={language}>
          {t('debrief.runIn', { language: t(`common.languageNames.${language}`) })}
        </p>
      ) : null}
      {language !== 'en' && (report.inEnglish ?? []).length > 0 ? (
        <p className="muted">
          {t('player.partlyEnglish', { language: t(`common.languageNames.${language}`) })}
        </p>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
      <Debrief
        report={report}
        textLang={langAt(report)}
        busy={busy}
        onRewind={report.mode === 'assessment' ? undefined : (n) => void rewindTo(n)}
        actions={
          <>
            <button
              type="button"
              className="button"
              onClick={() => void playAgain(report.mode)}
              disabled={busy}
            >
              {t('debrief.playAgain')}
            </button>
            {report.mode !== 'assessment' && report.decisions.length > 0 ? (
              <a href="#decisions-heading" className="button button--secondary">
                {t('debrief.differentPath')}
              </a>
            ) : null}
            <Link href="/" className="button button--secondary">
              {t('debrief.allScenarios')}
            </Link>
          </>
        }
      />
    </>
  );
}
