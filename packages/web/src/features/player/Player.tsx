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
import { type Language, useT } from '../../i18n/i18n';
import { allEnglish, type LangAt } from '../../lib/contentLang';

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
  /** The language of `scenarioTitle` (English by default). */
  scenarioTitleLang?: string | undefined;
  survivorName?: string | undefined;
  /** The language the run is pinned to: shown, with a note when the interface is in another one. */
  runLanguage?: Language | undefined;
  /** The language of each text by its path in the run's answer (`transcript.3.text`, `view.choices.0.text`). */
  textLang?: LangAt | undefined;
  /** Some texts of this run are shown in English because their translation is missing or stale. */
  partlyEnglish?: boolean | undefined;
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
  const { run, view, transcript, feedback, pending, paused, notice, focus, runLanguage } = props;
  const { t, lang } = useT();
  const at = props.textLang ?? allEnglish;
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
          {view.session ? (
            <>
              {' · '}
              <span lang={at('view.session.title')}>{view.session.title}</span>
            </>
          ) : null}
          {' · '}
          <span lang={at('view.beat.phaseTitle')}>{view.beat.phaseTitle}</span>
        </p>
        <PageHeading title={props.scenarioTitle}>
          {props.scenarioTitle ? (
            <span lang={props.scenarioTitleLang ?? 'en'}>{props.scenarioTitle}</span>
          ) : (
            t('player.conversation')
          )}
        </PageHeading>
        {runLanguage ? (
          <p className="player__lang muted" data-run-lang={runLanguage}>
            {t('player.runIn', { language: t(`common.languageNames.${runLanguage}`) })}
            {runLanguage !== lang
              ? ` ${t('player.pinned', {
                  language: t(`common.languageNames.${runLanguage}`),
                  current: t(`common.languageNames.${lang}`),
                })}`
              : null}
            {props.partlyEnglish && runLanguage !== 'en'
              ? ` ${t('player.partlyEnglish', { language: t(`common.languageNames.${runLanguage}`) })}`
              : null}
          </p>
        ) : null}
        {view.beat.contentNote ? (
          <p className="content-notes">
            <span className="content-notes__label">{t('common.contentNote')}</span>{' '}
            <span lang={at('view.beat.contentNote')}>{view.beat.contentNote}</span>
          </p>
        ) : null}
      </header>

      <Transcript lines={transcript} newFrom={props.newFrom} latestRef={latestRef} textLang={at} />

      {notice}

      {feedback ? (
        <FeedbackPanel
          feedback={feedback}
          onTryAnother={props.onTryAnother}
          busy={pending || paused}
          textLang={at}
        />
      ) : null}

      {run.mode === 'coach' && view.affect && !view.ended ? (
        <AffectPanel
          name={props.survivorName}
          describe={view.affect.describe}
          lang={at('view.affect.describe')}
        />
      ) : null}

      {view.ended ? (
        <section className="ending" aria-labelledby="ending-heading">
          <h2 id="ending-heading" ref={endingRef} tabIndex={-1}>
            {view.ending ? (
              <>
                {t('player.ended')}: <span lang={at('view.ending.title')}>{view.ending.title}</span>
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
          textLang={at}
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
