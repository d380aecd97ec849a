import { useState } from 'react';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useT } from '../../../i18n/i18n';
import type { ApiError } from '../../../lib/http';
import { type Publication, publishDraft } from '../authoringApi';

/**
 * Publish: saves the text if it changed, then publishes that revision. Disabled while the checker finds
 * errors (the server refuses them too, and says which).
 *
 * @example
 * <PublishBar orgId={orgId} draftId={id} errors={2} save={() => saving.save(text)} />
 */
export function PublishBar({
  orgId,
  draftId,
  errors,
  checked,
  save,
}: {
  orgId: string;
  draftId: string;
  errors: number;
  checked: boolean;
  save: () => Promise<number | undefined>;
}) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<Publication | null>(null);
  const publish = async () => {
    setBusy(true);
    setError(null);
    setDone(null);
    const revision = await save();
    if (revision !== undefined) {
      const result = await publishDraft(orgId, draftId, revision);
      if (result.ok) setDone(result.value.publication);
      else setError(result.error);
    }
    setBusy(false);
  };
  const blocked = !checked || errors > 0;
  return (
    <div className="au-publish">
      <button type="button" className="button" onClick={() => void publish()} disabled={busy || blocked}>
        {t('authoring.publish.publish')}
      </button>
      {blocked && checked ? (
        <span className="muted"> {t('authoring.publish.fixErrors', { count: errors })}</span>
      ) : null}
      <div aria-live="polite">
        {done ? (
          <p className="notice" role="status">
            {t('authoring.publish.done', { scenarioId: done.scenarioId, version: done.version })}{' '}
            <a href={`/scenarios/${done.scenarioId}`}>{t('authoring.publish.open')}</a>
          </p>
        ) : null}
      </div>
      {error ? <ErrorNotice error={error} title={t('authoring.publish.failed')} /> : null}
    </div>
  );
}
