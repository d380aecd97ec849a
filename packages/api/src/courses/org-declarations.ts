import { declareRoute } from '../openapi/declare-route';
import { ErrorResponse } from '../schemas/error';
import {
  CohortDetailResponse,
  CohortResponse,
  CohortsResponse,
  CourseDeletedResponse,
  CourseEditResponse,
  CourseResponse,
  CoursesResponse,
  EnrolResponse,
  MemberRolesResponse,
  MembersResponse,
  OrganisationsResponse,
} from './course-responses';
import { CreateCohortBody, CreateCourseBody, EditCourseBody, EnrolBody } from './course-schemas';
import { SetRolesBody } from './org-schemas';

const err = (description: string) => ({ description, schema: ErrorResponse });
const memberErrors = {
  401: err('`sign_in_required`: sign in.'),
  403: err('`role_required` (your role does not allow it) or `bad_origin`.'),
  404: err('`organisation_not_found`: no such organisation, or you are not a member.'),
};

/** Organisations and their people (see docs/courses.md). */
export const getOrgs = declareRoute({
  method: 'get',
  path: '/api/orgs',
  summary: 'The organisations the signed-in person belongs to, with their roles in each.',
  tag: 'organisations',
  auth: 'facilitator',
  responses: {
    200: { description: '`{ organisations: [{ id, name, roles }] }`.', schema: OrganisationsResponse },
    401: memberErrors[401],
  },
});

export const getOrgsMembers = declareRoute({
  method: 'get',
  path: '/api/orgs/:orgId/members',
  summary: 'The people of an organisation and their roles (admin or manager).',
  tag: 'organisations',
  auth: 'facilitator',
  responses: {
    200: { description: '`{ members: [{ id, name, email, roles }] }`.', schema: MembersResponse },
    ...memberErrors,
  },
});

export const postOrgsMembersRoles = declareRoute({
  method: 'post',
  path: '/api/orgs/:orgId/members/:userId/roles',
  summary: 'Gives a member exactly these roles (admin only); no roles removes them from the organisation.',
  tag: 'organisations',
  auth: 'facilitator',
  body: SetRolesBody,
  responses: {
    200: { description: '`{ member: { id, roles } }`.', schema: MemberRolesResponse },
    400: err('`invalid_body` or `malformed_json`.'),
    ...memberErrors,
    409: err('`cannot_remove_own_admin`: another admin must do that.'),
  },
});

export const getOrgsCourses = declareRoute({
  method: 'get',
  path: '/api/orgs/:orgId/courses',
  summary: 'The courses of an organisation, with their steps in order (admin or manager).',
  tag: 'organisations',
  auth: 'facilitator',
  responses: { 200: { description: '`{ courses: [Course] }`.', schema: CoursesResponse }, ...memberErrors },
});

export const postOrgsCourses = declareRoute({
  method: 'post',
  path: '/api/orgs/:orgId/courses',
  summary: 'Creates a course; each scenario step is pinned to the scenario version served now.',
  tag: 'organisations',
  auth: 'facilitator',
  body: CreateCourseBody,
  responses: {
    201: { description: '`{ course }`.', schema: CourseResponse },
    400: err('`invalid_body` or `malformed_json`.'),
    ...memberErrors,
    404: err('`organisation_not_found`, or `scenario_not_found` for a step.'),
  },
});

export const getOrgsCoursesOne = declareRoute({
  method: 'get',
  path: '/api/orgs/:orgId/courses/:courseId',
  summary: 'One course with its steps (admin or manager).',
  tag: 'organisations',
  auth: 'facilitator',
  responses: {
    200: { description: '`{ course }`.', schema: CourseResponse },
    ...memberErrors,
    404: err('`organisation_not_found` or `course_not_found`.'),
  },
});

export const patchOrgsCoursesOne = declareRoute({
  method: 'patch',
  path: '/api/orgs/:orgId/courses/:courseId',
  summary:
    'Edits a course: title, description, attemptPolicy, and `steps` as the whole new order (a step with its `id` keeps its pinned version; one without is new and pinned now). Removing a step with attempts or marks needs `?confirm=true`.',
  tag: 'organisations',
  auth: 'facilitator',
  body: EditCourseBody,
  query: [{ name: 'confirm', description: '`true` to remove steps that have attempts or marks.' }],
  responses: {
    200: { description: '`{ course, removed: { steps, attempts, marks } }`.', schema: CourseEditResponse },
    400: err('`invalid_body` (also a step listed twice) or `malformed_json`.'),
    ...memberErrors,
    404: err('`organisation_not_found`, `course_not_found`, `step_not_found` or `scenario_not_found`.'),
    409: err(
      '`step_has_progress`: send `confirm=true`; `step_kind_changed` or `step_scenario_changed`: remove the step and add a new one.',
    ),
  },
});

export const getOrgsCoursesPackage = declareRoute({
  method: 'get',
  path: '/api/orgs/:orgId/courses/:courseId/package',
  summary:
    'The course as one LMS package (`?format=scorm12` or `cmi5`): one SCO/AU per scenario step on the version it pins, mastery from the pass rule; workshop sessions are left out (admin or manager).',
  tag: 'organisations',
  auth: 'facilitator',
  query: [{ name: 'format', description: '`scorm12` or `cmi5`.' }],
  responses: {
    200: { description: 'A zip, as an attachment.', mediaType: 'application/zip' },
    400: err('`bad_request`: format must be scorm12 or cmi5.'),
    ...memberErrors,
    404: err('`organisation_not_found` or `course_not_found`.'),
    409: err(
      '`course_not_packageable`: no scenario step (or one pinned without a content hash); `lms_player_not_built`: run `pnpm --filter @doorway/web build` on the server.',
    ),
  },
});

export const deleteOrgsCoursesOne = declareRoute({
  method: 'delete',
  path: '/api/orgs/:orgId/courses/:courseId',
  summary:
    'Deletes a course. With progress it needs `?confirm=true`; completion records stay unless `keepRecords=false`.',
  tag: 'organisations',
  auth: 'facilitator',
  query: [
    { name: 'confirm', description: '`true` to delete a course that has progress.' },
    { name: 'keepRecords', description: '`false` to delete its completion records too.' },
  ],
  responses: {
    200: { description: '`{ deleted: true, keptRecords }`.', schema: CourseDeletedResponse },
    ...memberErrors,
    404: err('`organisation_not_found` or `course_not_found`.'),
    409: err('`course_has_progress`: send `confirm=true`.'),
  },
});

export const getOrgsCohorts = declareRoute({
  method: 'get',
  path: '/api/orgs/:orgId/cohorts',
  summary: 'The cohorts of an organisation (admin or manager).',
  tag: 'organisations',
  auth: 'facilitator',
  responses: {
    200: { description: '`{ cohorts: [{ id, name, courseId, createdAt }] }`.', schema: CohortsResponse },
    ...memberErrors,
  },
});

export const postOrgsCohorts = declareRoute({
  method: 'post',
  path: '/api/orgs/:orgId/cohorts',
  summary: 'Creates a cohort for one course of the organisation.',
  tag: 'organisations',
  auth: 'facilitator',
  body: CreateCohortBody,
  responses: {
    201: { description: '`{ cohort }`.', schema: CohortResponse },
    400: err('`invalid_body` or `malformed_json`.'),
    ...memberErrors,
    404: err('`organisation_not_found` or `course_not_found`.'),
  },
});

export const getOrgsCohortsOne = declareRoute({
  method: 'get',
  path: '/api/orgs/:orgId/cohorts/:cohortId',
  summary: 'One cohort and its enrolled trainees.',
  tag: 'organisations',
  auth: 'facilitator',
  responses: {
    200: {
      description: '`{ cohort, trainees: [{ id, name, email, enrolledAt }] }`.',
      schema: CohortDetailResponse,
    },
    ...memberErrors,
    404: err('`organisation_not_found` or `cohort_not_found`.'),
  },
});

export const postOrgsCohortsEnrolments = declareRoute({
  method: 'post',
  path: '/api/orgs/:orgId/cohorts/:cohortId/enrolments',
  summary: 'Enrols members of the organisation (they gain the trainee role); enrolling twice does nothing.',
  tag: 'organisations',
  auth: 'facilitator',
  body: EnrolBody,
  responses: {
    200: { description: '`{ added, trainees }`.', schema: EnrolResponse },
    400: err('`invalid_body` or `malformed_json`.'),
    ...memberErrors,
    404: err('`organisation_not_found`, `cohort_not_found` or `member_not_found` (nobody is enrolled then).'),
  },
});
