import { useState } from 'react';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useT } from '../../../i18n/i18n';
import type { ApiError } from '../../../lib/http';
import { previewDraft } from '../authoringApi';
import type { CheckResult } from '../checker/checkTypes';

/**
 * Preview: start the text in the editor (saved or not) in the real player, in coach mode, from the start or
 * a chosen beat, with chosen starting values for meters and flags. The run opens in a new tab.
 *
 * @example
 * <PreviewPanel orgId={orgId} draftId={id} text={text} result={result} />
 */
export function PreviewPanel({
  orgId,
  draftId,
  text,
  result,
}: {
  orgId: string;
  draftId: string;
  text: string;
  result: CheckResult | undefined;
}) {
  const { t } = useT();
  const [error, setError] = useState<ApiError | null>(null);
  const [runId, setRunId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = result?.ids;
  const beats = result?.map?.nodes.filter((n) => n.kind === 'beat' && !n.interruptionId) ?? [];
  if (!ids || !result?.loaded) return <p>{t('authoring.preview.waiting')}</p>;
  return (
    <form
      className="au-form"
      onSubmit={async (event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const fromBeat = String(data.get('fromBeat') ?? '');
        const meters = Object.fromEntries(ids.meters.map((m) => [m.id, Number(data.get(`meter-${m.id}`))]));
        const flags = Object.fromEntries(ids.flags.map((f) => [f.id, data.get(`flag-${f.id}`) === 'on']));
        setBusy(true);
        setError(null);
        setRunId(null);
        const started = await previewDraft(orgId, draftId, {
          yaml: text,
          ...(fromBeat ? { fromBeat } : {}),
          meters,
          flags,
        });
        setBusy(false);
        if (started.ok) setRunId(started.value.run.id);
        else setError(started.error);
      }}
    >
      <label>
        {t('authoring.preview.startAt')}
        <select name="fromBeat" defaultValue="">
          <option value="">{t('authoring.preview.fromStart')}</option>
          {beats.map((b) => (
            // The beat's title as written in the scenario file (English).
            <option key={b.id} value={b.id} lang="en">
              {b.title} ({b.id})
            </option>
          ))}
        </select>
      </label>
      {ids.meters.length > 0 ? (
        <fieldset>
          <legend>{t('authoring.preview.meters')}</legend>
          {ids.meters.map((m) => (
            <label key={m.id}>
              {t('authoring.preview.meterRange', { id: m.id, min: m.min, max: m.max })}
              <input name={`meter-${m.id}`} type="number" min={m.min} max={m.max} defaultValue={m.initial} />
            </label>
          ))}
        </fieldset>
      ) : null}
      {ids.flags.length > 0 ? (
        <fieldset>
          <legend>{t('authoring.preview.flags')}</legend>
          {ids.flags.map((f) => (
            <label key={f.id} className="au-check">
              <input name={`flag-${f.id}`} type="checkbox" defaultChecked={f.initial} /> {f.id}
            </label>
          ))}
        </fieldset>
      ) : null}
      <button type="submit" className="button" disabled={busy}>
        {t('authoring.preview.start')}
      </button>
      <div aria-live="polite">
        {runId ? (
          <p>
            {t('authoring.preview.ready')}{' '}
            <a href={`/runs/${runId}`} target="_blank" rel="noopener">
              {t('authoring.preview.open')}
            </a>
          </p>
        ) : null}
      </div>
      {error ? <ErrorNotice error={error} title={t('authoring.preview.failed')} /> : null}
    </form>
  );
}
