import type { ReactNode } from 'react';
import { useT } from '../i18n/i18n';
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
      <p>{error.message}</p>
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
