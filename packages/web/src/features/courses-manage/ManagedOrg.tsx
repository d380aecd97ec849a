import type { ReactNode } from 'react';
import { Trans } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { useT } from '../../i18n/i18n';
import { apiErrorOf } from '../../lib/http';
import { useManagedOrg } from './manageQueries';

/**
 * Renders `children` with the organisation the manager works in, or says why it cannot (not signed
 * in, or no manager role).
 *
 * @example
 * <ManagedOrg>{(orgId) => <CourseList orgId={orgId} />}</ManagedOrg>
 */
export function ManagedOrg({ children }: { children: (orgId: string) => ReactNode }) {
  const { t } = useT();
  const { org, query } = useManagedOrg();
  if (query.isError) return <ErrorNotice error={apiErrorOf(query.error)} onRetry={() => query.refetch()} />;
  if (org === undefined) return <Loading what={t('managedOrg.loading')} />;
  if (org === null)
    return (
      <div className="notice">
        <p>
          {/* The link text comes from the catalog (the child here only satisfies the a11y lint). */}
          <Trans
            i18nKey="managedOrg.notManager"
            components={{ signinlink: <Link href="/workshop">sign in</Link> }}
          />
        </p>
      </div>
    );
  return <>{children(org.id)}</>;
}
