import { useQuery } from '@tanstack/react-query';
import { apiRequest, orThrow } from '../../lib/http';
import { managesCourses, useMyOrgs } from '../../lib/myOrgs';
import type { Cohort, CohortTrainee, Course, Heatmap, Invite, Progress, TraineeDetail } from './courseTypes';

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
    queryFn: () => apiRequest<{ courses: Course[] }>('GET', orgPath(orgId, 'courses')).then(orThrow),
  });
}

export function useCourse(orgId: string, courseId: string) {
  return useQuery({
    queryKey: manageKeys.course(orgId, courseId),
    enabled: courseId !== '',
    queryFn: () => apiRequest<{ course: Course }>('GET', orgPath(orgId, 'courses', courseId)).then(orThrow),
  });
}

export function useCohorts(orgId: string) {
  return useQuery({
    queryKey: manageKeys.cohorts(orgId),
    queryFn: () => apiRequest<{ cohorts: Cohort[] }>('GET', orgPath(orgId, 'cohorts')).then(orThrow),
  });
}

export function useCohort(orgId: string, cohortId: string) {
  return useQuery({
    queryKey: manageKeys.cohort(orgId, cohortId),
    queryFn: () =>
      apiRequest<{ cohort: Cohort; trainees: CohortTrainee[] }>(
        'GET',
        orgPath(orgId, 'cohorts', cohortId),
      ).then(orThrow),
  });
}

export function useInvites(orgId: string) {
  return useQuery({
    queryKey: manageKeys.invites(orgId),
    retry: false,
    queryFn: () => apiRequest<{ invites: Invite[] }>('GET', orgPath(orgId, 'invites')).then(orThrow),
  });
}

export function useProgress(orgId: string, cohortId: string) {
  return useQuery({
    queryKey: manageKeys.progress(orgId, cohortId),
    retry: false,
    queryFn: () => apiRequest<Progress>('GET', orgPath(orgId, 'cohorts', cohortId, 'progress')).then(orThrow),
  });
}

export function useHeatmap(orgId: string, cohortId: string, stepId: string) {
  return useQuery({
    queryKey: manageKeys.heatmap(orgId, cohortId, stepId),
    retry: false,
    queryFn: () =>
      apiRequest<Heatmap>(
        'GET',
        `${orgPath(orgId, 'cohorts', cohortId, 'heatmap')}?stepId=${encodeURIComponent(stepId)}`,
      ).then(orThrow),
  });
}

export function useTraineeDetail(orgId: string, cohortId: string, userId: string) {
  return useQuery({
    queryKey: manageKeys.trainee(orgId, cohortId, userId),
    retry: false,
    queryFn: () =>
      apiRequest<TraineeDetail>('GET', orgPath(orgId, 'cohorts', cohortId, 'trainees', userId)).then(orThrow),
  });
}
