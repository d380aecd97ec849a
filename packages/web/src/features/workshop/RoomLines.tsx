import type { ViewLine } from '@doorway/engine';
import { useT } from '../../i18n/i18n';
import type { TextLang } from './textLangOf';

/**
 * The lines of the current moment, for the room: speakers named in text, cues and narration set apart.
 *
 * @example
 * <RoomLines lines={room.lines} langOf={textLangOf(room)} />
 */
export function RoomLines({ lines, langOf }: { lines: ViewLine[]; langOf: TextLang }) {
  const { t } = useT();
  return (
    <ol className="ws-lines" aria-label={t('workshop.whatIsHappening')}>
      {lines.map((line, i) => (
        // Lines have no ids; their order within one beat is stable.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <li key={i} className={`ws-line ws-line--${line.kind}`}>
          {line.kind === 'speech' || line.kind === 'trainee' ? (
            <>
              <span className="ws-line__speaker">
                {line.kind === 'trainee' ? (
                  t('workshop.theRoom')
                ) : (
                  <span lang={langOf(`lines.${i}.speaker.name`)}>{line.speaker?.name}</span>
                )}
                :{' '}
              </span>
              <span lang={langOf(`lines.${i}.text`)}>{line.text}</span>
            </>
          ) : line.kind === 'cue' ? (
            <em>
              <span className="visually-hidden">
                {line.speaker ? t('workshop.cueOf', { name: line.speaker.name }) : t('workshop.cue')}
              </span>
              <span lang={langOf(`lines.${i}.text`)}>{line.text}</span>
            </em>
          ) : (
            <em>
              <span className="visually-hidden">
                {line.kind === 'time-skip' ? t('workshop.timePasses') : t('workshop.narration')}
              </span>
              <span lang={langOf(`lines.${i}.text`)}>{line.text}</span>
            </em>
          )}
        </li>
      ))}
    </ol>
  );
}
