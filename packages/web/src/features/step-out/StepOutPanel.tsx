import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Trans } from 'react-i18next';
import { useLocation } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { ApiError } from '../../lib/http';
import { keys } from '../../lib/queries';
import { exitRun } from '../../lib/runCommands';
import { useStepOut } from '../../lib/stepOut';
import './step-out.css';
import { useT } from '../../i18n/i18n';

/**
 * The Step out pause: a modal dialog (the run behind it is inert, so nothing moves on) with grounding
 * ideas, the National Human Trafficking Hotline and the 988 Lifeline (each with its Spanish option in Spanish),
 * and the reassurance that stopping is fine.
 * "Resume" closes it where the trainee was; "End here" exits the run and opens its debrief.
 * `onEnd` replaces the server call for a run played in the browser (an LMS package).
 *
 * @example
 * <StepOutPanel />
 */
export function StepOutPanel({ onEnd }: { onEnd?: (() => void) | undefined } = {}) {
  const { t } = useT();
  const { open, setOpen, runId } = useStepOut();
  const ref = useRef<HTMLDialogElement>(null);
  const resumeRef = useRef<HTMLButtonElement>(null);
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [ending, setEnding] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      // Start on "Resume": the gentlest way on, and not the hotline link the browser would pick first.
      resumeRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const endHere = async () => {
    if (!runId) return;
    if (onEnd) {
      onEnd();
      setOpen(false);
      return;
    }
    setEnding(true);
    setError(undefined);
    const result = await exitRun(runId);
    setEnding(false);
    // An already-ended run has a debrief too: a 409 here still leads there.
    if (!result.ok && !(result.error.kind === 'http' && result.error.status === 409)) {
      setError(result.error);
      return;
    }
    await queryClient.invalidateQueries({ queryKey: keys.run(runId) });
    // Drop any earlier debrief: the page must not show it while the new one loads.
    queryClient.removeQueries({ queryKey: keys.debrief(runId) });
    setOpen(false);
    navigate(`/runs/${runId}/debrief`);
  };

  return (
    <dialog
      ref={ref}
      className="step-out"
      aria-labelledby="step-out-heading"
      onClose={() => setOpen(false)}
      onCancel={() => setOpen(false)}
    >
      <h2 id="step-out-heading">{t('stepOut.heading')}</h2>
      <p>
        {runId ? t('stepOut.paused') : t('stepOut.nothingMoves')} {t('stepOut.fine')}
      </p>
      <h3>{t('stepOut.groundHeading')}</h3>
      <ul>
        <li>{t('stepOut.ground1')}</li>
        <li>{t('stepOut.ground2')}</li>
        <li>{t('stepOut.ground3')}</li>
        <li>{t('stepOut.ground4')}</li>
        <li>{t('stepOut.ground5')}</li>
      </ul>
      <h3>{t('stepOut.helpHeading')}</h3>
      <p>
        {t('stepOut.hotline')} <a href="tel:+18883737888">1-888-373-7888</a> {t('stepOut.orText')}{' '}
        <a href="sms:233733">233733</a>.
      </p>
      <p>
        <Trans
          i18nKey="stepOut.lifeline"
          // The link texts come from the catalog (the children here only satisfy the a11y lint).
          components={{ call: <a href="tel:988">988</a>, text: <a href="sms:988">988</a> }}
        />
      </p>
      {error ? <ErrorNotice error={error} title={t('stepOut.cannotEnd')} /> : null}
      <div className="actions">
        <button type="button" className="button" onClick={() => setOpen(false)} ref={resumeRef}>
          {runId ? t('stepOut.resume') : t('stepOut.close')}
        </button>
        {runId ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void endHere()}
            disabled={ending}
          >
            {ending ? t('stepOut.ending') : t('stepOut.endHere')}
          </button>
        ) : null}
      </div>
    </dialog>
  );
}
