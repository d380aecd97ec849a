import { z } from 'zod';
import { declareRoute } from '../openapi/declare-route';
import { ErrorResponse } from '../schemas/error';
import { CreateRunResponse, DebriefResponse } from '../schemas/runs';
import { MarksResponse, MoveVersionResponse } from './course-responses';
import { MarksBody, MoveVersionBody, StartStepRunBody } from './course-schemas';
import {
  CohortProgressResponse,
  CompletionRecordResponse,
  HeatmapResponse,
  MyCourseSchema,
  MyCoursesResponse,
  TraineeAttemptsResponse,
} from './progress-schemas';

const err = (description: string) => ({ description, schema: ErrorResponse });
const signIn = { 401: err('`sign_in_required`: sign in.') };
const notEnrolled = err('`not_enrolled`: you are not a trainee enrolled in this course.');
const manager = {
  ...signIn,
  403: err('`role_required` (admin or manager only) or `bad_origin`.'),
  404: err('`organisation_not_found` or `cohort_not_found`.'),
};

/** Course runs and progress (issue 11; docs/courses.md, docs/api.md "Course progress"). */
export const getMeCourses = declareRoute({
  method: 'get',
  path: '/api/me/courses',
  summary: 'My courses: per enrolment, the steps with status, what is next, attempts and debrief links.',
  tag: 'organisations',
  auth: 'facilitator',
  responses: {
    200: { description: '`{ courses: [MyCourse] }` (see docs/api.md).', schema: MyCoursesResponse },
    ...signIn,
  },
});

export const getMeCoursesOne = declareRoute({
  method: 'get',
  path: '/api/me/courses/:courseId',
  summary: 'One of my courses.',
  tag: 'organisations',
  auth: 'facilitator',
  responses: {
    200: { description: '`{ course: MyCourse }`.', schema: z.object({ course: MyCourseSchema }) },
    ...signIn,
    404: notEnrolled,
  },
});

export const postMeCoursesStepsRuns = declareRoute({
  method: 'post',
  path: '/api/me/courses/:courseId/steps/:stepId/runs',
  summary:
    "Starts a run for a scenario step, pinned to the step's scenario version and mode, and records it as an attempt.",
  tag: 'organisations',
  auth: 'facilitator',
  optionalBody: StartStepRunBody,
  responses: {
    201: {
      description:
        "As POST /api/runs: the run, its first view (in the run's language), its token and the run cookie.",
      schema: CreateRunResponse,
    },
    400: err(
      '`invalid_body` or `malformed_json`; `language_not_available`: the pinned scenario has no table for that `lang`.',
    ),
    ...signIn,
    403: err('`bad_origin`.'),
    404: err('`not_enrolled` or `step_not_found`.'),
    409: err('`step_not_playable`: a workshop step is marked done by its facilitator.'),
    429: err('`rate_limited`: more than 30 starts a minute; see `Retry-After`.'),
  },
});

export const getMeCoursesAttemptsDebrief = declareRoute({
  method: 'get',
  path: '/api/me/courses/:courseId/attempts/:runId/debrief',
  summary: 'The debrief of one of my course attempts, without the run cookie (another device).',
  tag: 'organisations',
  auth: 'facilitator',
  responses: {
    200: { description: "The engine's debrief report, in the run's language.", schema: DebriefResponse },
    ...signIn,
    404: err('`not_enrolled` or `attempt_not_found`.'),
    409: err('`run_not_ended`.'),
  },
});

export const getMeCoursesRecord = declareRoute({
  method: 'get',
  path: '/api/me/courses/:courseId/record',
  summary: 'My completion record for a course.',
  tag: 'organisations',
  auth: 'facilitator',
  responses: {
    200: { description: '`{ record: CompletionRecord }`.', schema: CompletionRecordResponse },
    ...signIn,
    404: err('`not_enrolled` or `record_not_found` (not completed yet).'),
  },
});

export const getOrgsCohortsProgress = declareRoute({
  method: 'get',
  path: '/api/orgs/:orgId/cohorts/:cohortId/progress',
  summary:
    'Cohort progress: per trainee started, completed, passed, scores, critical errors, time, overdue, steps.',
  tag: 'organisations',
  auth: 'facilitator',
  responses: {
    200: {
      description: '`{ cohort, course, trainees: [ProgressRow], totals }`.',
      schema: CohortProgressResponse,
    },
    ...manager,
  },
});

export const getOrgsCohortsProgressCsv = declareRoute({
  method: 'get',
  path: '/api/orgs/:orgId/cohorts/:cohortId/progress.csv',
  summary: 'Cohort progress as CSV: one row per trainee and step, no choices.',
  tag: 'organisations',
  auth: 'facilitator',
  responses: {
    200: { description: '`text/csv`, RFC 4180, with a header row.', mediaType: 'text/csv' },
    ...manager,
  },
});

export const getOrgsCohortsTraineesOne = declareRoute({
  method: 'get',
  path: '/api/orgs/:orgId/cohorts/:cohortId/trainees/:userId',
  summary: "One trainee's progress and attempts, with run ids and debriefs.",
  tag: 'organisations',
  auth: 'facilitator',
  responses: {
    200: {
      description: '`{ cohort, course, trainee: ProgressRow, steps: [{ ..., attempts }] }`.',
      schema: TraineeAttemptsResponse,
    },
    ...manager,
    404: err('`organisation_not_found`, `cohort_not_found` or `trainee_not_found`.'),
  },
});

export const getOrgsCohortsTraineesRecord = declareRoute({
  method: 'get',
  path: '/api/orgs/:orgId/cohorts/:cohortId/trainees/:userId/record',
  summary: "A trainee's completion record (the printable certificate's data).",
  tag: 'organisations',
  auth: 'facilitator',
  responses: {
    200: { description: '`{ record: CompletionRecord }`.', schema: CompletionRecordResponse },
    ...manager,
    404: err('`cohort_not_found`, `trainee_not_found` or `record_not_found` (not completed yet).'),
  },
});

export const getOrgsCohortsHeatmap = declareRoute({
  method: 'get',
  path: '/api/orgs/:orgId/cohorts/:cohortId/heatmap',
  summary:
    'Where the cohort struggles in a scenario step (`?stepId=`): per decision the verdict spread, for at least 3 trainees.',
  tag: 'organisations',
  auth: 'facilitator',
  query: [{ name: 'stepId', description: 'The scenario step (required).' }],
  responses: {
    200: {
      description: '`{ step, shown, reason?, trainees, decisions: [HeatmapDecision] }`.',
      schema: HeatmapResponse,
    },
    400: err('`bad_request`: add `?stepId=`.'),
    ...manager,
    404: err('`cohort_not_found` or `step_not_found`.'),
    409: err('`step_not_playable`: a workshop step has no decisions.'),
  },
});

export const postOrgsCohortsStepsMarks = declareRoute({
  method: 'post',
  path: '/api/orgs/:orgId/cohorts/:cohortId/steps/:stepId/marks',
  summary:
    'Marks a workshop step done for enrolled trainees (facilitator, manager or admin); twice does nothing.',
  tag: 'organisations',
  auth: 'facilitator',
  body: MarksBody,
  responses: {
    200: { description: '`{ added, marked: [userId] }`.', schema: MarksResponse },
    400: err('`invalid_body` or `malformed_json`.'),
    ...manager,
    404: err('`cohort_not_found`, `step_not_found` or `trainee_not_found` (nobody is marked then).'),
    409: err('`step_not_workshop`.'),
  },
});

export const postOrgsCoursesMoveVersion = declareRoute({
  method: 'post',
  path: '/api/orgs/:orgId/courses/:courseId/move-version',
  summary: "Pins the course's scenario steps (or `stepIds`) to the scenario's newest version.",
  tag: 'organisations',
  auth: 'facilitator',
  body: MoveVersionBody,
  responses: {
    200: {
      description: '`{ course, moved: [{ stepId, from, to }] }` (steps already current are not listed).',
      schema: MoveVersionResponse,
    },
    400: err('`invalid_body` or `malformed_json`.'),
    ...manager,
    404: err('`course_not_found`, `step_not_found` or `scenario_not_found` (no longer served).'),
    409: err('`step_not_playable`: a workshop step has no version.'),
  },
});
