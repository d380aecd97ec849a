import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useId, useState } from 'react';
import { Link } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/i18n';
import { api } from '../../lib/api';
import type { ApiError } from '../../lib/http';
import { myOrgsKey, useMyOrgs } from '../../lib/myOrgs';

/** The two-step delete: a first button opens a confirmation that needs a tick before it can erase. */
function DeleteAccount({ onDeleted }: { onDeleted: () => void }) {
  const { t } = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const erase = useMutation({
    mutationFn: () => api.delete('/api/me', { query: { confirm: 'true' } }),
    onSuccess: (result) => (result.ok ? onDeleted() : setError(result.error)),
  });
  if (!open)
    return (
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
          {t('myData.deleteStart')}
        </button>
      </div>
    );
  return (
    <section className="notice" aria-labelledby={`${id}-confirm`}>
      <h3 id={`${id}-confirm`}>{t('myData.confirmHeading')}</h3>
      <p>{t('myData.confirmText')}</p>
      <label>
        <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />{' '}
        {t('myData.confirmCheck')}
      </label>
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={!understood || erase.isPending}
          onClick={() => {
            setError(null);
            erase.mutate();
          }}
        >
          {t('myData.confirmDelete')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setOpen(false);
            setUnderstood(false);
            setError(null);
          }}
        >
          {t('myData.cancel')}
        </button>
      </div>
      {error ? <ErrorNotice error={error} title={t('myData.deleteFailed')} /> : null}
    </section>
  );
}

/**
 * `/my/data`: a signed-in person downloads everything Doorway stores about them (`GET /api/me/data`) or
 * deletes their account (`DELETE /api/me?confirm=true`) after a confirmation step.
 *
 * @example
 * <Route path="/my/data" component={MyDataPage} />
 */
export function MyDataPage() {
  const { t } = useT();
  const queryClient = useQueryClient();
  const orgs = useMyOrgs();
  const [deleted, setDeleted] = useState(false);
  const onDeleted = () => {
    setDeleted(true);
    // Signed out now: nothing cached about the person may stay on screen.
    queryClient.setQueryData(myOrgsKey, []);
    queryClient.removeQueries({
      predicate: (q) =>
        q.queryKey[0] === 'manage' || (q.queryKey[0] === 'me' && q.queryKey[1] !== myOrgsKey[1]),
    });
  };
  let body: ReactNode;
  if (deleted)
    body = (
      <p role="status" className="notice">
        {t('myData.deleted')}
      </p>
    );
  else if (orgs.isPending) body = <Loading what={t('myData.title')} />;
  else if ((orgs.data ?? []).length === 0)
    body = (
      <>
        <p>{t('myData.signedOut')}</p>
        <p>
          <Link href="/workshop">{t('myData.signIn')}</Link>
        </p>
      </>
    );
  else
    body = (
      <>
        <p>{t('myData.lede')}</p>
        <section aria-labelledby="my-data-download">
          <h2 id="my-data-download">{t('myData.downloadHeading')}</h2>
          <p>
            <a className="button" href="/api/me/data" download="doorway-my-data.json">
              {t('myData.download')}
            </a>
          </p>
          <p>{t('myData.downloadNote')}</p>
        </section>
        <section aria-labelledby="my-data-delete">
          <h2 id="my-data-delete">{t('myData.deleteHeading')}</h2>
          <p>{t('myData.deleteLede')}</p>
          <DeleteAccount onDeleted={onDeleted} />
        </section>
      </>
    );
  return (
    <div className="mc-page">
      <PageHeading title={t('myData.title')}>{t('myData.title')}</PageHeading>
      {body}
    </div>
  );
}
