import type { Feedback, LmsPackage, ViewChoice } from '@doorway/engine';
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { PageHeading } from '../components/PageHeading';
import { Debrief } from '../features/debrief/Debrief';
import { Player, type PlayerFocus } from '../features/player/Player';
import { StepOutButton } from '../features/step-out/StepOutButton';
import { StepOutPanel } from '../features/step-out/StepOutPanel';
import { useStepOut, useStepOutRun } from '../lib/stepOut';
import type { RunInfo } from '../lib/types';
import type { LmsAdapter } from './adapter';
import {
  type LocalRun,
  lastDecision,
  progressOf,
  reportOf,
  stepRun,
  transcriptOfRun,
  viewOfRun,
} from './localRun';

/** The run id the player's links use inside the package (its router is in memory). */
export const LMS_RUN_ID = 'lms';

/**
 * The package's app: the same Player, Debrief and Step out as the web app, driven by the engine in
 * the browser; every move is saved to the LMS through the adapter.
 *
 * @example
 * <Router hook={memoryLocation({ path: '/runs/lms' }).hook}><LmsApp pkg={pkg} adapter={a} initial={run} /></Router>
 */
export function LmsApp({
  pkg,
  adapter,
  initial,
  notice,
}: {
  pkg: LmsPackage;
  adapter: LmsAdapter;
  initial: LocalRun;
  notice: string | undefined;
}) {
  const [run, setRun] = useState(initial);
  const [feedback, setFeedback] = useState<Feedback | undefined>(undefined);
  const [newFrom, setNewFrom] = useState<number | undefined>(undefined);
  const [focus, setFocus] = useState<PlayerFocus | undefined>(undefined);
  const [location, navigate] = useLocation();
  const stepOut = useStepOut();
  useStepOutRun(run.state.status === 'active' ? LMS_RUN_ID : undefined);
  const reported = useRef(initial.state.status !== 'active');

  useEffect(() => {
    const bye = () => adapter.terminate();
    window.addEventListener('pagehide', bye);
    return () => window.removeEventListener('pagehide', bye);
  }, [adapter]);

  const apply = (next: LocalRun, decided: boolean) => {
    setRun(next);
    void adapter.save(progressOf(next));
    if (decided) {
      const last = lastDecision(next);
      if (last) {
        void adapter.decision(last.record);
        setFeedback(last.feedback);
      }
    } else setFeedback(undefined);
    if (next.state.status !== 'active' && !reported.current) {
      reported.current = true;
      void adapter.finish(reportOf(next));
    }
    if (next.state.status === 'active') reported.current = false;
  };

  const choose = (choice: ViewChoice) => {
    const before = transcriptOfRun(run).length;
    const next = stepRun(run, { kind: 'choice', beatId: run.state.beatId, choiceId: choice.id });
    if (!next) return;
    apply(next, true);
    setNewFrom(before);
    setFocus((f) => ({ target: 'latest', seq: (f?.seq ?? 0) + 1 }));
  };

  const rewindTo = (toDecision: number) => {
    const next = stepRun(run, { kind: 'rewind', toDecision });
    if (!next) return;
    apply(next, false);
    setNewFrom(undefined);
    navigate(`/runs/${LMS_RUN_ID}`);
    setFocus((f) => ({ target: 'choices', seq: (f?.seq ?? 0) + 1 }));
  };

  const endHere = () => {
    const next = stepRun(run, { kind: 'exit' });
    if (next) apply(next, false);
    navigate(`/runs/${LMS_RUN_ID}/debrief`);
  };

  const info: RunInfo = {
    id: LMS_RUN_ID,
    scenarioId: pkg.scenario.id,
    scenarioVersion: pkg.scenario.version,
    mode: run.state.mode,
    status: run.state.status,
    createdAt: '',
  };
  const survivor = Object.values(pkg.scenario.cast).find((m) => m.role === 'survivor');
  const onDebrief = location.endsWith('/debrief') && run.state.status !== 'active';
  const view = viewOfRun(run);
  const report = onDebrief ? reportOf(run) : undefined;

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <span className="brand">Doorway</span>
        <StepOutButton />
      </header>
      <main id="main" tabIndex={-1}>
        {notice || adapter.problem ? (
          <p className="notice" role="status">
            {notice ?? adapter.problem}
          </p>
        ) : null}
        {report ? (
          <>
            <PageHeading title={`Debrief: ${pkg.scenario.title}`}>Debrief: {pkg.scenario.title}</PageHeading>
            <Debrief
              report={report}
              onRewind={report.mode === 'assessment' ? undefined : rewindTo}
              actions={
                report.status === 'exited' && report.mode !== 'assessment' ? (
                  <button type="button" className="button" onClick={() => rewindTo(report.decisions.length)}>
                    Go back to the conversation
                  </button>
                ) : null
              }
            />
          </>
        ) : (
          <Player
            run={info}
            view={view}
            transcript={transcriptOfRun(run)}
            scenarioTitle={pkg.scenario.title}
            survivorName={survivor?.name}
            newFrom={newFrom}
            feedback={run.state.mode === 'coach' ? feedback : undefined}
            pending={false}
            paused={stepOut.open}
            focus={focus}
            onChoose={choose}
            onTryAnother={
              run.state.mode === 'coach' && run.state.path.length > 0
                ? () => rewindTo(run.state.path.length - 1)
                : undefined
            }
          />
        )}
      </main>
      <StepOutPanel onEnd={endHere} />
    </>
  );
}
