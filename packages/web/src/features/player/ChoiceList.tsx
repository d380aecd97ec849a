import type { ViewChoice } from '@doorway/engine';
import type { Ref } from 'react';
import { useT } from '../../i18n/i18n';
import { allEnglish, type LangAt } from '../../lib/contentLang';

/**
 * The trainee's options as real buttons (outside the log), numbered for the 1–9 keys.
 * Nothing here is timed: a decision waits as long as the trainee needs. `textLang` gives each
 * option's language by its path (`view.choices.0.text`).
 *
 * @example
 * <ChoiceList choices={view.choices} onChoose={(c) => send(c)} disabled={pending} />
 */
export function ChoiceList({
  choices,
  onChoose,
  disabled,
  headingRef,
  textLang = allEnglish,
}: {
  choices: ViewChoice[];
  onChoose: (choice: ViewChoice) => void;
  disabled: boolean;
  headingRef?: Ref<HTMLHeadingElement>;
  textLang?: LangAt;
}) {
  const { t } = useT();
  return (
    <section className="choices" aria-labelledby="choices-heading">
      <h2 id="choices-heading" ref={headingRef} tabIndex={-1}>
        {t('player.whatDoYouSay')}
      </h2>
      <p className="hint">{t('player.hint')}</p>
      <ol className="choices__list">
        {choices.map((choice, i) => (
          <li key={choice.id}>
            <button
              type="button"
              className={choice.action ? 'choice choice--action' : 'choice'}
              onClick={() => onChoose(choice)}
              disabled={disabled}
              aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
              data-choice-id={choice.id}
            >
              <span className="choice__key" aria-hidden="true">
                {i + 1}
              </span>
              <span className="choice__text">
                {choice.action ? <span className="choice__kind">{t('player.action')}</span> : null}
                <span lang={textLang(`view.choices.${i}.text`)}>{choice.text}</span>
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
