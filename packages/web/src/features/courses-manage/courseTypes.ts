import type { DebriefReport } from '../../lib/types';

// The shapes of the course routes (docs/api.md, "Organisations" and "Course runs and progress"), as
// types only, so the pages load no server code.

export type StepMode = 'practice' | 'assessment';
export type PassRule = { type: 'score'; minScore: number } | { type: 'completion' };

export interface CourseStep {
  id: string;
  kind: 'scenario' | 'workshop';
  title: string;
  scenarioId: string | null;
  scenarioVersion: string | null;
  mode: StepMode | null;
  passRule: PassRule | null;
  dueAt: string | null;
}

export interface Course {
  id: string;
  title: string;
  description: string;
  attemptPolicy: 'best' | 'last';
  createdAt: string;
  updatedAt: string;
  steps: CourseStep[];
}

export type StepInput =
  | { kind: 'scenario'; scenarioId: string; mode: StepMode; passRule?: PassRule; dueAt?: string }
  | { kind: 'workshop'; title: string; dueAt?: string };

export interface CreateCourseInput {
  title: string;
  description?: string;
  attemptPolicy?: 'best' | 'last';
  steps: StepInput[];
}

export interface Cohort {
  id: string;
  name: string;
  courseId: string;
  createdAt: string;
}

export interface CohortTrainee {
  id: string;
  name: string;
  email: string;
  enrolledAt: string;
}

export interface Invite {
  id: string;
  role: string;
  cohortId: string | null;
  email: string | null;
  maxUses: number | null;
  uses: number;
  expiresAt: string | null;
  revokedAt: string | null;
  createdAt: string;
  status: 'active' | 'expired' | 'revoked' | 'used_up';
  url?: string;
}

export type StepStatus = 'not_started' | 'in_progress' | 'completed' | 'passed' | 'failed';

export interface ProgressStep {
  stepId: string;
  status: StepStatus;
  passed: boolean | null;
  overdue: boolean;
  attempts: number;
  countedRunId: string | null;
  score: number | null;
  criticalErrors: number;
}

export interface ProgressRow {
  id: string;
  name: string;
  email: string;
  started: boolean;
  completed: boolean;
  passed: boolean;
  score: number | null;
  competencies: Record<string, number>;
  criticalErrors: number;
  timeSpentSeconds: number;
  overdue: boolean;
  steps: ProgressStep[];
}

export interface Progress {
  cohort: Cohort;
  course: Course;
  trainees: ProgressRow[];
  totals: {
    enrolled: number;
    started: number;
    completed: number;
    passed: number;
    overdue: number;
    competencies: { id: string; name: string; score: number | null }[];
  };
}

export interface HeatmapDecision {
  beatId: string;
  label: string;
  reached: number;
  hidden: boolean;
  best: number | null;
  acceptable: number | null;
  harmful: number | null;
  mostCommonHarmful: { choiceId: string; text: string; count: number } | null;
}

export interface Heatmap {
  step: { id: string; title: string; scenarioId: string; version: string };
  shown: boolean;
  reason?: string;
  trainees: number;
  decisions: HeatmapDecision[];
}

export interface TraineeAttempt {
  runId: string;
  status: 'active' | 'ended' | 'exited';
  startedAt: string;
  finishedAt: string | null;
  score: number | null;
  criticalError: boolean;
  passed: boolean | null;
  counted: boolean;
  scenarioVersion: string;
  timeSpentSeconds: number;
  competencies: { id: string; name: string; score: number | null }[];
  debrief: DebriefReport | null;
}

export interface TraineeStep {
  stepId: string;
  position: number;
  kind: 'scenario' | 'workshop';
  title: string;
  status: StepStatus;
  markedAt: string | null;
  attempts: TraineeAttempt[];
}

export interface TraineeDetail {
  cohort: Cohort;
  course: Course;
  trainee: ProgressRow;
  steps: TraineeStep[];
}
