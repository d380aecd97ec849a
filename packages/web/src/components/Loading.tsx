import { useT } from '../i18n/i18n';

/**
 * A quiet loading line, announced politely.
 *
 * @example
 * <Loading what="the scenarios" />
 */
export function Loading({ what }: { what: string }) {
  const { t } = useT();
  return (
    <p className="loading" role="status">
      {t('common.loading', { what })}
    </p>
  );
}
