import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
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
  const { org, query } = useManagedOrg();
  if (query.isError) return <ErrorNotice error={apiErrorOf(query.error)} onRetry={() => query.refetch()} />;
  if (org === undefined) return <Loading what="your organisation" />;
  if (org === null)
    return (
      <div className="notice">
        <p>
          These pages are for program managers. Sign in with a manager account on the{' '}
          <Link href="/workshop">sign-in page</Link>, or ask an admin of your organisation for the manager
          role.
        </p>
      </div>
    );
  return <>{children(org.id)}</>;
}
