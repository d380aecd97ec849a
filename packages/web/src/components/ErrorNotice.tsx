import type { ReactNode } from 'react';
import { i18next, useT } from '../i18n/i18n';
import type { ApiError } from '../lib/http';

/**
 * An error shown in place, with what happened and a way on (retry, or whatever `children` offers).
 *
 * @example
 * <ErrorNotice error={apiErrorOf(query.error)} onRetry={() => query.refetch()} />
 */
export function ErrorNotice({
  error,
  title,
  onRetry,
  children,
}: {
  error: ApiError;
  title?: string | undefined;
  onRetry?: (() => void) | undefined;
  children?: ReactNode;
}) {
  const { t } = useT();
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">
        <span aria-hidden="true">⚠ </span>
        {title ?? (error.kind === 'network' ? t('common.connectionProblem') : t('common.somethingWrong'))}
      </p>
      <ErrorWords error={error} />
      {onRetry || children ? (
        <div className="actions">
          {onRetry ? (
            <button type="button" className="button" onClick={onRetry}>
              {t('common.tryAgain')}
            </button>
          ) : null}
          {children}
        </div>
      ) : null}
    </div>
  );
}

/**
 * What went wrong, in the interface language when the code is one Doorway has words for (the
 * `errors` group of the catalogs); otherwise the server's own message, marked as English.
 *
 * @example
 * <ErrorWords error={{ kind: 'http', status: 410, code: 'invite_expired', message: '…' }} />
 */
export function ErrorWords({ error }: { error: ApiError }) {
  const { t, lang } = useT();
  const known = errorWords(error);
  if (known !== null) return <p>{known}</p>;
  return lang === 'en' ? (
    <p>{error.message}</p>
  ) : (
    <p>
      {t('errors.serverWords')} <span lang="en">{error.message}</span>
    </p>
  );
}

/**
 * The interface's words for an error, or null when the catalog has none for its code.
 *
 * @example
 * errorWords({ kind: 'network', message: '' }); // 'Doorway could not reach the server. …'
 */
export function errorWords(error: ApiError): string | null {
  if (error.kind === 'network') return i18next.t('errors.network');
  const key = `errors.${error.code}`;
  return /^[a-z_]+$/.test(error.code) && i18next.exists(key) ? i18next.t(key as 'errors.generic') : null;
}
