import type { ViewLine } from '@doorway/engine';
import type { CSSProperties, Ref } from 'react';
import { useT } from '../../i18n/i18n';

/**
 * The conversation so far as an accessible log: speakers named in text, cues and narration set
 * apart (visually and with a spoken label), time skips as a divider. Lines from `newFrom` on are
 * the latest exchange: they fade in one after another (unless reduced motion is asked for) and
 * start with a heading the player focuses after a choice.
 *
 * @example
 * <Transcript lines={transcript} newFrom={12} latestRef={ref} />
 */
export function Transcript({
  lines,
  newFrom,
  latestRef,
}: {
  lines: ViewLine[];
  newFrom?: number | undefined;
  latestRef?: Ref<HTMLHeadingElement>;
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
              <TranscriptLine line={line} />
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
 * One line of the conversation, rendered by kind.
 *
 * @example
 * <TranscriptLine line={{ kind: 'cue', text: 'She looks at the door.' }} />
 */
export function TranscriptLine({ line }: { line: ViewLine }) {
  const { t } = useT();
  switch (line.kind) {
    case 'speech':
      return (
        <p className={`line line--speech line--${line.speaker?.role ?? 'other'}`}>
          <span className="line__speaker">
            {line.speaker?.name ?? t('player.someone')}
            {line.speaker && line.speaker.role !== 'survivor' ? (
              <span className="line__role"> ({line.speaker.role})</span>
            ) : null}
            :
          </span>{' '}
          <span className="line__text" lang="en">
            {line.text}
          </span>
        </p>
      );
    case 'trainee':
      return (
        <p className="line line--trainee">
          <span className="line__speaker">{t('player.you')}</span>{' '}
          <span className="line__text" lang="en">
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
          <span className="line__text" lang="en">
            {line.text}
          </span>
        </p>
      );
    case 'narration':
      return (
        <p className="line line--narration">
          <span className="visually-hidden">{t('player.narration')}</span>
          <span className="line__text" lang="en">
            {line.text}
          </span>
        </p>
      );
    case 'time-skip':
      return (
        <p className="line line--time-skip">
          <span className="visually-hidden">{t('player.timePasses')}</span>
          <span className="line__text" lang="en">
            {line.text}
          </span>
        </p>
      );
  }
}
