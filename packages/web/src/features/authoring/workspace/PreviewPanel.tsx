import { useState } from 'react';
import { ErrorNotice } from '../../../components/ErrorNotice';
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
  const [error, setError] = useState<ApiError | null>(null);
  const [runId, setRunId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = result?.ids;
  const beats = result?.map?.nodes.filter((n) => n.kind === 'beat' && !n.interruptionId) ?? [];
  if (!ids || !result?.loaded) return <p>Preview opens when the file loads without format errors.</p>;
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
        Start at
        <select name="fromBeat" defaultValue="">
          <option value="">the start</option>
          {beats.map((b) => (
            <option key={b.id} value={b.id}>
              {b.title} ({b.id})
            </option>
          ))}
        </select>
      </label>
      {ids.meters.length > 0 ? (
        <fieldset>
          <legend>Meters at the start</legend>
          {ids.meters.map((m) => (
            <label key={m.id}>
              {m.id} ({m.min} to {m.max})
              <input name={`meter-${m.id}`} type="number" min={m.min} max={m.max} defaultValue={m.initial} />
            </label>
          ))}
        </fieldset>
      ) : null}
      {ids.flags.length > 0 ? (
        <fieldset>
          <legend>Flags at the start</legend>
          {ids.flags.map((f) => (
            <label key={f.id} className="au-check">
              <input name={`flag-${f.id}`} type="checkbox" defaultChecked={f.initial} /> {f.id}
            </label>
          ))}
        </fieldset>
      ) : null}
      <button type="submit" className="button" disabled={busy}>
        Start the preview
      </button>
      <div aria-live="polite">
        {runId ? (
          <p>
            The preview is ready (coach mode, with feedback).{' '}
            <a href={`/runs/${runId}`} target="_blank" rel="noopener">
              Open the preview in the player
            </a>
          </p>
        ) : null}
      </div>
      {error ? <ErrorNotice error={error} title="No preview" /> : null}
    </form>
  );
}
