import type { Feedback, View, ViewChoice, ViewLine } from '@doorway/engine';
import { type ReactNode, useEffect, useRef } from 'react';
import { Link } from 'wouter';
import { PageHeading } from '../../components/PageHeading';
import type { RunInfo } from '../../lib/types';
import { AffectPanel } from './AffectPanel';
import { ChoiceList } from './ChoiceList';
import { FeedbackPanel } from './FeedbackPanel';
import { Transcript } from './Transcript';
import { useNumberKeys } from './useNumberKeys';
import './player.css';
import { useT } from '../../i18n/i18n';

/** Where focus goes after something changed; `seq` grows so the same target can be focused again. */
export interface PlayerFocus {
  target: 'latest' | 'choices';
  seq: number;
}

export interface PlayerProps {
  run: RunInfo;
  view: View;
  transcript: ViewLine[];
  scenarioTitle?: string | undefined;
  survivorName?: string | undefined;
  /** Index in `transcript` where the latest exchange starts (after a choice). */
  newFrom?: number | undefined;
  feedback?: Feedback | undefined;
  pending: boolean;
  /** True while Step out is open: no choices are taken. */
  paused: boolean;
  notice?: ReactNode;
  focus?: PlayerFocus | undefined;
  onChoose: (choice: ViewChoice) => void;
  onTryAnother?: (() => void) | undefined;
}

/**
 * The conversation player: the transcript log, coach feedback, the affect panel (coach mode) and the
 * choices as numbered buttons; the ending with a way to the debrief once it is over. It holds no
 * server state: the page passes the run in and handles the callbacks.
 *
 * @example
 * <Player run={run} view={view} transcript={lines} pending={false} paused={false} onChoose={send} />
 */
export function Player(props: PlayerProps) {
  const { run, view, transcript, feedback, pending, paused, notice, focus } = props;
  const { t } = useT();
  const latestRef = useRef<HTMLHeadingElement>(null);
  const choicesRef = useRef<HTMLHeadingElement>(null);
  const endingRef = useRef<HTMLHeadingElement>(null);
  const canChoose = !view.ended && !pending && !paused;

  useNumberKeys(
    view.ended ? 0 : view.choices.length,
    (n) => {
      const choice = view.choices[n - 1];
      if (choice) props.onChoose(choice);
    },
    canChoose,
  );

  useEffect(() => {
    if (!focus) return;
    const target =
      focus.target === 'latest'
        ? (latestRef.current ?? endingRef.current)
        : (choicesRef.current ?? endingRef.current);
    target?.focus();
  }, [focus]);

  return (
    <article
      className="player"
      aria-busy={pending}
      data-beat-id={view.beat.id}
      data-decisions={view.decisions}
      data-ended={view.ended}
    >
      <header className="player__header">
        <p className="player__eyebrow">
          {t(`modes.${run.mode}.eyebrow`)}
          <span lang="en">
            {view.session ? ` · ${view.session.title}` : ''} · {view.beat.phaseTitle}
          </span>
        </p>
        <PageHeading title={props.scenarioTitle}>
          {props.scenarioTitle ? <span lang="en">{props.scenarioTitle}</span> : t('player.conversation')}
        </PageHeading>
        {view.beat.contentNote ? (
          <p className="content-notes">
            <span className="content-notes__label">{t('common.contentNote')}</span>{' '}
            <span lang="en">{view.beat.contentNote}</span>
          </p>
        ) : null}
      </header>

      <Transcript lines={transcript} newFrom={props.newFrom} latestRef={latestRef} />

      {notice}

      {feedback ? (
        <FeedbackPanel feedback={feedback} onTryAnother={props.onTryAnother} busy={pending || paused} />
      ) : null}

      {run.mode === 'coach' && view.affect && !view.ended ? (
        <AffectPanel name={props.survivorName} describe={view.affect.describe} />
      ) : null}

      {view.ended ? (
        <section className="ending" aria-labelledby="ending-heading">
          <h2 id="ending-heading" ref={endingRef} tabIndex={-1}>
            {view.ending ? (
              <>
                {t('player.ended')}: <span lang="en">{view.ending.title}</span>
              </>
            ) : (
              t('player.ended')
            )}
          </h2>
          <p>{t('player.endedText')}</p>
          <div className="actions">
            <Link href={`/runs/${run.id}/debrief`} className="button">
              {t('player.seeDebrief')}
            </Link>
          </div>
        </section>
      ) : (
        <ChoiceList
          choices={view.choices}
          onChoose={props.onChoose}
          disabled={!canChoose}
          headingRef={choicesRef}
        />
      )}
      {pending ? (
        <p className="loading" role="status">
          {t('player.sending')}
        </p>
      ) : null}
    </article>
  );
}
