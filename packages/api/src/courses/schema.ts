/** Tables for organisations, memberships, invites, sign-in links and courses (migration 004). */

/** The roles a person can hold in an organisation; one membership row per role. */
export const ROLES = ['admin', 'manager', 'facilitator', 'author', 'trainee'] as const;
export type Role = (typeof ROLES)[number];

export interface OrganisationsTable {
  id: string;
  name: string;
  /** Days course data is kept after its last change; null keeps it until deleted. */
  retention_days: number | null;
  created_at: string;
}

export interface MembershipsTable {
  organisation_id: string;
  user_id: string;
  role: Role;
  created_at: string;
}

export interface CoursesTable {
  id: string;
  organisation_id: string;
  title: string;
  description: string;
  attempt_policy: 'best' | 'last';
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface CourseStepsTable {
  id: string;
  course_id: string;
  position: number;
  kind: 'scenario' | 'workshop';
  title: string;
  /** Scenario steps only: the pinned version (a later version does not change an assigned step). */
  scenario_id: string | null;
  scenario_version: string | null;
  content_hash: string | null;
  mode: 'practice' | 'assessment' | null;
  /** 'score': overall score at least pass_score and no critical error; 'completion': ended; null: none. */
  pass_rule: 'score' | 'completion' | null;
  pass_score: number | null;
  due_at: string | null;
}

export interface CohortsTable {
  id: string;
  organisation_id: string;
  course_id: string;
  name: string;
  created_at: string;
}

/** An organisation invite (a role) or a cohort join link (trainee, cohort_id set). */
export interface InvitesTable {
  id: string;
  organisation_id: string;
  /** sha256 of the token, hex. */
  token_hash: string;
  role: Role;
  cohort_id: string | null;
  email: string | null;
  max_uses: number | null;
  uses: number;
  expires_at: string;
  revoked_at: string | null;
  created_by: string | null;
  created_at: string;
}

/** A one-time sign-in link: sha256 of the token; dead once used_at is set or expires_at passed. */
export interface SignInLinksTable {
  token_hash: string;
  user_id: string;
  organisation_id: string;
  expires_at: string;
  used_at: string | null;
  created_by: string | null;
  created_at: string;
}

export interface EnrolmentsTable {
  id: string;
  cohort_id: string;
  user_id: string;
  created_at: string;
}

/** A normal run started for one enrolment's step. */
export interface CourseAttemptsTable {
  run_id: string;
  enrolment_id: string;
  step_id: string;
  started_at: string;
}

/** A workshop step marked done for one enrolment. */
export interface StepMarksTable {
  enrolment_id: string;
  step_id: string;
  marked_by: string | null;
  marked_at: string;
}

/** Kept when a course is deleted (unless asked otherwise); deleted with the trainee. */
export interface CompletionRecordsTable {
  id: string;
  organisation_id: string;
  user_id: string;
  course_id: string;
  cohort_id: string;
  course_title: string;
  /** 1 passed, 0 completed without passing. */
  passed: number;
  summary_json: string;
  completed_at: string;
}

export interface CourseTables {
  organisations: OrganisationsTable;
  memberships: MembershipsTable;
  courses: CoursesTable;
  course_steps: CourseStepsTable;
  cohorts: CohortsTable;
  invites: InvitesTable;
  sign_in_links: SignInLinksTable;
  enrolments: EnrolmentsTable;
  course_attempts: CourseAttemptsTable;
  step_marks: StepMarksTable;
  completion_records: CompletionRecordsTable;
}
