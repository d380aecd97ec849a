import type { RouteResponse } from '@doorway/api/client';

// `GET /api/me/courses` (docs/api.md, "Course runs and progress"), read from the route's declaration in
// @doorway/api through the typed client (types only).

export type MyCourse = RouteResponse<'get', '/api/me/courses'>['courses'][number];
export type MyStep = MyCourse['steps'][number];
export type MyStepStatus = MyStep['status'];
export type MyAttempt = MyStep['attempts'][number];
