import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { CompletionRecord } from '../../components/CompletionRecord';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/i18n';
import { api } from '../../lib/api';
import { apiErrorOf, orThrow } from '../../lib/http';
import { ManagedOrg } from './ManagedOrg';

function RecordBody({ orgId, cohortId, userId }: { orgId: string; cohortId: string; userId: string }) {
  const { t } = useT();
  const record = useQuery({
    queryKey: ['manage', orgId, 'record', cohortId, userId],
    retry: false,
    queryFn: () =>
      api
        .get('/api/orgs/:orgId/cohorts/:cohortId/trainees/:userId/record', {
          param: { orgId, cohortId, userId },
        })
        .then(orThrow),
  });
  if (record.isError) {
    const error = apiErrorOf(record.error);
    return error.kind === 'http' && error.code === 'record_not_found' ? (
      <p>{t('manage.noRecord')}</p>
    ) : (
      <ErrorNotice error={error} onRetry={() => record.refetch()} />
    );
  }
  if (!record.data) return <Loading what={t('myCourses.recordLoading')} />;
  return (
    <>
      <div className="actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('myCourses.print')}
        </button>
      </div>
      <CompletionRecord record={record.data.record} />
    </>
  );
}

/**
 * A trainee's printable completion record, for the manager.
 *
 * @example
 * <Route path="/records/cohorts/:cohortId/trainees/:userId" component={RecordPage} />
 */
export function RecordPage({ params }: { params: { cohortId: string; userId: string } }) {
  const { t } = useT();
  return (
    <div className="cm-page">
      <p className="no-print">
        <Link href={`/manage/cohorts/${params.cohortId}/trainees/${params.userId}`}>
          {t('manage.backToTrainee')}
        </Link>
      </p>
      <div className="no-print">
        <PageHeading title={t('myCourses.recordTitle')}>{t('myCourses.recordTitle')}</PageHeading>
      </div>
      <ManagedOrg>
        {(orgId) => <RecordBody orgId={orgId} cohortId={params.cohortId} userId={params.userId} />}
      </ManagedOrg>
    </div>
  );
}
