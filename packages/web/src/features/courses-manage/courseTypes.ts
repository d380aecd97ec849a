import type { RouteInput, RouteResponse } from '@doorway/api/client';

// The shapes of the course routes, read from their declarations in @doorway/api through the typed
// client (types only), so the pages load no server code and a changed schema is a compile error here.

export type Course = RouteResponse<'get', '/api/orgs/:orgId/courses/:courseId'>['course'];
export type CourseStep = Course['steps'][number];
export type StepMode = NonNullable<CourseStep['mode']>;
export type PassRule = NonNullable<CourseStep['passRule']>;

export type CreateCourseInput = RouteInput<'post', '/api/orgs/:orgId/courses'>['json'];
export type StepInput = CreateCourseInput['steps'][number];

export type Cohort = RouteResponse<'get', '/api/orgs/:orgId/cohorts'>['cohorts'][number];
export type CohortTrainee = RouteResponse<'get', '/api/orgs/:orgId/cohorts/:cohortId'>['trainees'][number];

export type Invite = RouteResponse<'post', '/api/orgs/:orgId/invites'>['invite'];
/** Where a mailed invite is: waiting, being retried (with why), sent, or given up on. */
export type InviteDelivery = NonNullable<Invite['delivery']>;

export type Progress = RouteResponse<'get', '/api/orgs/:orgId/cohorts/:cohortId/progress'>;
export type ProgressRow = Progress['trainees'][number];
export type ProgressStep = ProgressRow['steps'][number];
export type StepStatus = ProgressStep['status'];

export type Heatmap = RouteResponse<'get', '/api/orgs/:orgId/cohorts/:cohortId/heatmap'>;
export type HeatmapDecision = Heatmap['decisions'][number];

export type TraineeDetail = RouteResponse<'get', '/api/orgs/:orgId/cohorts/:cohortId/trainees/:userId'>;
export type TraineeStep = TraineeDetail['steps'][number];
export type TraineeAttempt = TraineeStep['attempts'][number];
