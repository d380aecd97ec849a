import type { RouteResponse } from '@doorway/api/client';
import { useQuery } from '@tanstack/react-query';
import { api } from './api';
import { orThrow } from './http';

/** One organisation the signed-in person belongs to, with their roles in it. */
export type MyOrg = RouteResponse<'get', '/api/orgs'>['organisations'][number];

export const myOrgsKey = ['me', 'orgs'] as const;

/**
 * The organisations of the signed-in person (empty when nobody is signed in), for the navigation
 * and for the pages that need an organisation id.
 *
 * @example
 * const orgs = useMyOrgs(); // orgs.data?.find((o) => o.roles.includes('manager'))
 */
export function useMyOrgs() {
  return useQuery({
    queryKey: myOrgsKey,
    retry: false,
    queryFn: async (): Promise<MyOrg[]> => {
      const res = await api.get('/api/orgs');
      // Anonymous visitors are the common case: no organisations, no error.
      if (!res.ok && res.error.kind === 'http' && res.error.status === 401) return [];
      return orThrow(res).organisations;
    },
  });
}

/** Whether a person with these roles builds courses and sees progress. */
export function managesCourses(org: MyOrg): boolean {
  return org.roles.includes('manager') || org.roles.includes('admin');
}
