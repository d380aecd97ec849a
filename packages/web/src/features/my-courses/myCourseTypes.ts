// `GET /api/me/courses` (docs/api.md, "Course runs and progress"), as types only.

export type MyStepStatus = 'not_started' | 'in_progress' | 'completed' | 'passed' | 'failed';

export interface MyAttempt {
  runId: string;
  status: 'active' | 'ended' | 'exited';
  startedAt: string;
  finishedAt: string | null;
  score: number | null;
  criticalError: boolean;
  passed: boolean | null;
  counted: boolean;
  scenarioVersion: string;
  debriefPath: string | null;
}

export interface MyStep {
  id: string;
  position: number;
  kind: 'scenario' | 'workshop';
  title: string;
  scenarioId: string | null;
  scenarioTitle: string | null;
  version: string | null;
  mode: 'practice' | 'assessment' | null;
  passRule: { type: 'score'; minScore: number } | { type: 'completion' } | null;
  dueAt: string | null;
  status: MyStepStatus;
  overdue: boolean;
  next: boolean;
  markedAt: string | null;
  attempts: MyAttempt[];
}

export interface MyCourse {
  course: { id: string; title: string; description: string; attemptRule: 'best' | 'last' };
  cohort: { id: string; name: string };
  organisation: { id: string; name: string };
  started: boolean;
  completed: boolean;
  passed: boolean;
  completedAt: string | null;
  steps: MyStep[];
}
