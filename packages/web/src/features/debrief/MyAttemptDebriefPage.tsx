import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/i18n';
import { api } from '../../lib/api';
import { apiErrorOf, orThrow } from '../../lib/http';
import { useScenario } from '../../lib/queries';
import { Debrief } from './Debrief';

/**
 * `/my/courses/:courseId/attempts/:runId/debrief`: the debrief of one of the signed-in trainee's course
 * attempts, read through the course (so it opens on any browser they sign in on, not only the one that
 * played the run). No rewind: a course attempt is kept as it was played.
 *
 * @example
 * <Route path="/my/courses/:courseId/attempts/:runId/debrief" component={MyAttemptDebriefPage} />
 */
export function MyAttemptDebriefPage({ params }: { params: { courseId: string; runId: string } }) {
  const { t } = useT();
  const query = useQuery({
    queryKey: ['me', 'attempt-debrief', params.courseId, params.runId],
    retry: false,
    queryFn: () =>
      api
        .get('/api/me/courses/:courseId/attempts/:runId/debrief', {
          param: { courseId: params.courseId, runId: params.runId },
        })
        .then(orThrow),
  });
  const scenario = useScenario(query.data?.scenarioId ?? '', query.data !== undefined);
  const back = (
    <Link href="/my/courses" className="button button--secondary">
      {t('myDebrief.back')}
    </Link>
  );
  if (query.isPending) return <Loading what={t('myDebrief.loading')} />;
  if (query.isError) {
    const e = apiErrorOf(query.error);
    const missing = e.kind === 'http' && e.status === 404;
    return (
      <ErrorNotice
        error={missing ? { ...e, message: t('myDebrief.notFound') } : e}
        onRetry={e.kind === 'network' ? () => query.refetch() : undefined}
      >
        {back}
      </ErrorNotice>
    );
  }
  const title = scenario.data?.title ?? t('debrief.yourConversation');
  return (
    <>
      <PageHeading title={t('debrief.heading', { title })}>{t('debrief.heading', { title })}</PageHeading>
      <Debrief report={query.data} actions={back} />
    </>
  );
}
