import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { CompletionRecord } from '../../components/CompletionRecord';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/i18n';
import { api } from '../../lib/api';
import { apiErrorOf, orThrow } from '../../lib/http';

/**
 * The trainee's own printable completion record of a course.
 *
 * @example
 * <Route path="/records/my/:courseId" component={MyRecordPage} />
 */
export function MyRecordPage({ params }: { params: { courseId: string } }) {
  const { t } = useT();
  const record = useQuery({
    queryKey: ['me', 'record', params.courseId],
    retry: false,
    queryFn: () =>
      api.get('/api/me/courses/:courseId/record', { param: { courseId: params.courseId } }).then(orThrow),
  });
  const error = record.isError ? apiErrorOf(record.error) : null;
  return (
    <div className="mc-page">
      <p className="no-print">
        <Link href="/my/courses">{t('myCourses.back')}</Link>
      </p>
      <div className="no-print">
        <PageHeading title={t('myCourses.recordTitle')}>{t('myCourses.recordTitle')}</PageHeading>
      </div>
      {error && error.kind === 'http' && error.code === 'record_not_found' ? (
        <p>{t('myCourses.recordMissing')}</p>
      ) : error ? (
        <ErrorNotice error={error} onRetry={() => record.refetch()} />
      ) : !record.data ? (
        <Loading what={t('myCourses.recordLoading')} />
      ) : (
        <>
          <div className="actions no-print">
            <button type="button" className="button" onClick={() => window.print()}>
              {t('myCourses.print')}
            </button>
          </div>
          <CompletionRecord record={record.data.record} />
        </>
      )}
    </div>
  );
}
