import type { Mode } from '@doorway/engine';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ContentNotes } from '../../components/ContentNotes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { type ApiError, apiErrorOf } from '../../lib/http';
import { modes } from '../../lib/modes';
import { openStartedRun } from '../../lib/openStartedRun';
import { useScenario } from '../../lib/queries';
import { startRun } from '../../lib/runCommands';
import './scenario.css';

/**
 * `/scenarios/:id`: what the scenario is about (objectives, the trainee's role, who is in the room,
 * content notes) and the three modes in plain words, each with its own Start button.
 *
 * @example
 * <Route path="/scenarios/:id" component={ScenarioPage} />
 */
export function ScenarioPage({ params }: { params: { id: string } }) {
  const query = useScenario(params.id);
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [starting, setStarting] = useState<Mode | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);

  if (query.isPending) return <Loading what="the scenario" />;
  if (query.isError)
    return (
      <ErrorNotice error={apiErrorOf(query.error)} onRetry={() => query.refetch()}>
        <Link href="/" className="button button--secondary">
          Back to the scenarios
        </Link>
      </ErrorNotice>
    );
  const scenario = query.data;

  const start = async (mode: Mode) => {
    setStarting(mode);
    setError(undefined);
    const result = await startRun(scenario.id, mode);
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
        <Link href="/">All scenarios</Link>
      </p>
      <PageHeading title={scenario.title}>{scenario.title}</PageHeading>
      <p className="lede">{scenario.summary}</p>
      <ContentNotes notes={scenario.contentNotes} />
      <dl className="facts">
        <div>
          <dt>Your role</dt>
          <dd>{scenario.trainee}</dd>
        </div>
        <div>
          <dt>Time</dt>
          <dd>About {scenario.estimatedMinutes} minutes</dd>
        </div>
        <div>
          <dt>To pass an assessment</dt>
          <dd>A score of {scenario.passThreshold} or more, and no critical errors</dd>
        </div>
      </dl>
      <h2>What you will practise</h2>
      <ul>
        {scenario.objectives.map((o) => (
          <li key={o}>{o}</li>
        ))}
      </ul>
      {Object.keys(scenario.cast).length > 0 ? (
        <>
          <h2>Who is in the room</h2>
          <ul>
            {Object.entries(scenario.cast).map(([id, member]) => (
              <li key={id}>
                <strong>{member.name}</strong> ({member.role})
                {member.description ? `: ${member.description}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>Choose how to play</h2>
      {error ? <ErrorNotice error={error} title="The run could not start" /> : null}
      <div className="modes">
        {modes.map((mode) => (
          <section key={mode.id} className="mode" aria-labelledby={`mode-${mode.id}`}>
            <h3 id={`mode-${mode.id}`}>
              {mode.name}: <span className="mode__short">{mode.short}</span>
            </h3>
            <p>{mode.explain}</p>
            <button
              type="button"
              className="button"
              onClick={() => void start(mode.id)}
              disabled={starting !== undefined}
              aria-describedby={`mode-${mode.id}`}
            >
              {starting === mode.id ? 'Starting…' : `Start in ${mode.name.toLowerCase()} mode`}
            </button>
          </section>
        ))}
      </div>
    </>
  );
}
