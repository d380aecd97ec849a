import type { ViewLine } from '@doorway/engine';
import type { CSSProperties, Ref } from 'react';
import { useT } from '../../i18n/i18n';
import { castRoleKey } from '../../lib/castRole';
import { allEnglish, type LangAt } from '../../lib/contentLang';

/**
 * The conversation so far as an accessible log: speakers named in text, cues and narration set
 * apart (visually and with a spoken label), time skips as a divider. Lines from `newFrom` on are
 * the latest exchange: they fade in one after another (unless reduced motion is asked for) and
 * start with a heading the player focuses after a choice. `textLang` gives each line's language by
 * its path (`transcript.3.text`): the run's, or English where a translation is missing.
 *
 * @example
 * <Transcript lines={transcript} newFrom={12} latestRef={ref} textLang={langAt(run)} />
 */
export function Transcript({
  lines,
  newFrom,
  latestRef,
  textLang = allEnglish,
}: {
  lines: ViewLine[];
  newFrom?: number | undefined;
  latestRef?: Ref<HTMLHeadingElement>;
  textLang?: LangAt;
}) {
  const { t } = useT();
  return (
    <section className="transcript" aria-labelledby="transcript-heading">
      <h2 id="transcript-heading" className="visually-hidden">
        {t('player.conversation')}
      </h2>
      <div role="log" aria-label={t('player.conversation')} className="transcript__log">
        {lines.map((line, i) => {
          const fresh = newFrom !== undefined && i >= newFrom;
          return (
            <div
              // biome-ignore lint/suspicious/noArrayIndexKey: lines have no ids and the log only grows, so the index is stable
              key={i}
              className={fresh ? 'line-wrap line-wrap--new' : 'line-wrap'}
              style={stagger(fresh, i - (newFrom ?? 0))}
            >
              {fresh && i === newFrom ? (
                <h3 ref={latestRef} tabIndex={-1} className="visually-hidden">
                  {t('player.latest')}
                </h3>
              ) : null}
              <TranscriptLine
                line={line}
                lang={textLang(`transcript.${i}.text`)}
                speakerLang={textLang(`transcript.${i}.speaker.name`)}
              />
            </div>
          );
        })}
      </div>
    </section>
  );
}

function stagger(fresh: boolean, position: number): CSSProperties | undefined {
  return fresh ? ({ '--i': position } as CSSProperties) : undefined;
}

/**
 * One line of the conversation, rendered by kind; `lang` is the language of its text, `speakerLang`
 * of the speaker's name.
 *
 * @example
 * <TranscriptLine line={{ kind: 'cue', text: 'She looks at the door.' }} lang="en" />
 */
export function TranscriptLine({
  line,
  lang = 'en',
  speakerLang = 'en',
}: {
  line: ViewLine;
  lang?: string;
  speakerLang?: string;
}) {
  const { t } = useT();
  switch (line.kind) {
    case 'speech':
      return (
        <p className={`line line--speech line--${line.speaker?.role ?? 'other'}`}>
          <span className="line__speaker">
            {line.speaker ? <span lang={speakerLang}>{line.speaker.name}</span> : t('player.someone')}
            {line.speaker && line.speaker.role !== 'survivor' ? (
              <span className="line__role"> ({t(castRoleKey(line.speaker.role))})</span>
            ) : null}
            :
          </span>{' '}
          <span className="line__text" lang={lang}>
            {line.text}
          </span>
        </p>
      );
    case 'trainee':
      return (
        <p className="line line--trainee">
          <span className="line__speaker">{t('player.you')}</span>{' '}
          <span className="line__text" lang={lang}>
            {line.text}
          </span>
        </p>
      );
    case 'cue':
      return (
        <p className="line line--cue">
          <span className="visually-hidden">
            {line.speaker ? t('player.nonVerbalOf', { name: line.speaker.name }) : t('player.nonVerbal')}
          </span>
          <span className="line__text" lang={lang}>
            {line.text}
          </span>
        </p>
      );
    case 'narration':
      return (
        <p className="line line--narration">
          <span className="visually-hidden">{t('player.narration')}</span>
          <span className="line__text" lang={lang}>
            {line.text}
          </span>
        </p>
      );
    case 'time-skip':
      return (
        <p className="line line--time-skip">
          <span className="visually-hidden">{t('player.timePasses')}</span>
          <span className="line__text" lang={lang}>
            {line.text}
          </span>
        </p>
      );
  }
}
