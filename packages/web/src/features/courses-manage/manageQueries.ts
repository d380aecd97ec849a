import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { orThrow } from '../../lib/http';
import { managesCourses, useMyOrgs } from '../../lib/myOrgs';

/** Query keys of the manager pages, so a mutation invalidates exactly what it changes. */
export const manageKeys = {
  courses: (orgId: string) => ['manage', orgId, 'courses'] as const,
  course: (orgId: string, id: string) => ['manage', orgId, 'course', id] as const,
  cohorts: (orgId: string) => ['manage', orgId, 'cohorts'] as const,
  cohort: (orgId: string, id: string) => ['manage', orgId, 'cohort', id] as const,
  invites: (orgId: string) => ['manage', orgId, 'invites'] as const,
  progress: (orgId: string, id: string) => ['manage', orgId, 'progress', id] as const,
  heatmap: (orgId: string, id: string, stepId: string) => ['manage', orgId, 'heatmap', id, stepId] as const,
  trainee: (orgId: string, id: string, userId: string) => ['manage', orgId, 'trainee', id, userId] as const,
};

/** `/api/orgs/:orgId` plus the rest, with each id encoded. */
export function orgPath(orgId: string, ...parts: string[]): string {
  return ['/api/orgs', orgId, ...parts].map((p, i) => (i === 0 ? p : encodeURIComponent(p))).join('/');
}

/**
 * The organisation the manager pages work in: the first one where the signed-in person is a manager
 * or admin. `org` is undefined while loading and null when they manage none.
 *
 * @example
 * const { org } = useManagedOrg(); // org?.id
 */
export function useManagedOrg() {
  const orgs = useMyOrgs();
  const org = orgs.data === undefined ? undefined : (orgs.data.find(managesCourses) ?? null);
  return { org, query: orgs };
}

export function useCourses(orgId: string) {
  return useQuery({
    queryKey: manageKeys.courses(orgId),
    queryFn: () => api.get('/api/orgs/:orgId/courses', { param: { orgId } }).then(orThrow),
  });
}

export function useCourse(orgId: string, courseId: string) {
  return useQuery({
    queryKey: manageKeys.course(orgId, courseId),
    enabled: courseId !== '',
    queryFn: () =>
      api.get('/api/orgs/:orgId/courses/:courseId', { param: { orgId, courseId } }).then(orThrow),
  });
}

export function useCohorts(orgId: string) {
  return useQuery({
    queryKey: manageKeys.cohorts(orgId),
    queryFn: () => api.get('/api/orgs/:orgId/cohorts', { param: { orgId } }).then(orThrow),
  });
}

export function useCohort(orgId: string, cohortId: string) {
  return useQuery({
    queryKey: manageKeys.cohort(orgId, cohortId),
    queryFn: () =>
      api.get('/api/orgs/:orgId/cohorts/:cohortId', { param: { orgId, cohortId } }).then(orThrow),
  });
}

export function useInvites(orgId: string) {
  return useQuery({
    queryKey: manageKeys.invites(orgId),
    retry: false,
    queryFn: () => api.get('/api/orgs/:orgId/invites', { param: { orgId } }).then(orThrow),
  });
}

export function useProgress(orgId: string, cohortId: string) {
  return useQuery({
    queryKey: manageKeys.progress(orgId, cohortId),
    retry: false,
    queryFn: () =>
      api.get('/api/orgs/:orgId/cohorts/:cohortId/progress', { param: { orgId, cohortId } }).then(orThrow),
  });
}

export function useHeatmap(orgId: string, cohortId: string, stepId: string) {
  return useQuery({
    queryKey: manageKeys.heatmap(orgId, cohortId, stepId),
    retry: false,
    queryFn: () =>
      api
        .get('/api/orgs/:orgId/cohorts/:cohortId/heatmap', { param: { orgId, cohortId }, query: { stepId } })
        .then(orThrow),
  });
}

export function useTraineeDetail(orgId: string, cohortId: string, userId: string) {
  return useQuery({
    queryKey: manageKeys.trainee(orgId, cohortId, userId),
    retry: false,
    queryFn: () =>
      api
        .get('/api/orgs/:orgId/cohorts/:cohortId/trainees/:userId', { param: { orgId, cohortId, userId } })
        .then(orThrow),
  });
}
