import type { RouteResponse } from '@doorway/api/client';
import type { DebriefReport, Feedback, View } from '@doorway/engine';
import type { CompletionRecordData } from '../components/CompletionRecord';
import type { MyCourse, MyStep } from '../features/my-courses/myCourseTypes';
import type { RoomDebrief, RoomView } from '../features/workshop/workshopTypes';
import type { RunInfo, RunResponse, ScenarioDetail, ScenarioSummary, SourcesResponse } from '../lib/types';

/** Fixture data shaped like the API's answers, for component tests. */

export const run: RunInfo = {
  id: 'run-1',
  scenarioId: 'through-an-interpreter',
  scenarioVersion: '1.0.0',
  mode: 'coach',
  status: 'active',
  createdAt: '2026-11-22T02:00:00.000Z',
};

export const view: View = {
  scenarioId: 'through-an-interpreter',
  beat: { id: 'arrival', title: 'Arrival', phase: 'intake', phaseTitle: 'Intake' },
  lines: [
    { kind: 'narration', text: 'A woman comes into the office with another woman.' },
    {
      kind: 'speech',
      speaker: { id: 'rosa', name: 'Rosa', role: 'companion' },
      text: 'I translate for my cousin.',
    },
    {
      kind: 'cue',
      speaker: { id: 'ixchel', name: 'Ixchel', role: 'survivor' },
      text: 'She keeps her eyes on the floor.',
    },
  ],
  choices: [
    { id: 'universal-policy', text: 'We meet everyone alone for part of the visit.', action: false },
    { id: 'let-rosa-interpret', text: 'Thank you, Rosa, please go ahead.', action: false },
    { id: 'offer-water', text: 'Offer them both a glass of water.', action: true },
  ],
  decisions: 0,
  ended: false,
  affect: { id: 'guarded', describe: 'Guarded: she answers briefly and watches Rosa.' },
};

export const nextView: View = {
  ...view,
  beat: { id: 'private-room', title: 'A private room', phase: 'intake', phaseTitle: 'Intake' },
  lines: [
    {
      kind: 'speech',
      speaker: { id: 'rosa', name: 'Rosa', role: 'companion' },
      text: 'Fine. I will wait outside.',
    },
    { kind: 'time-skip', text: 'Ten minutes later' },
    { kind: 'speech', speaker: { id: 'ixchel', name: 'Ixchel', role: 'survivor' }, text: 'Is it safe here?' },
  ],
  choices: [
    {
      id: 'explain-confidentiality',
      text: 'Yes. What you say here stays here, with a few exceptions I will explain.',
      action: false,
    },
  ],
  decisions: 1,
};

export const endedView: View = {
  ...view,
  beat: { id: 'door-open', phase: 'closing', phaseTitle: 'Closing' },
  lines: [{ kind: 'narration', text: 'She takes the card and puts it in her shoe.' }],
  choices: [],
  decisions: 2,
  ended: true,
  ending: { id: 'door-open', title: 'The door stays open', outcome: 'positive' },
};

export const harmfulFeedback: Feedback = {
  beatId: 'arrival',
  choiceId: 'let-rosa-interpret',
  verdict: 'harmful',
  critical: true,
  text: 'Rosa may be the person controlling Ixchel. Never let a companion interpret.',
  sources: ['interp-3', 'screen-alone'],
  best: { choiceId: 'universal-policy', text: 'We meet everyone alone for part of the visit.' },
};

export const runResponse: RunResponse = {
  run,
  view,
  transcript: view.lines,
  decisions: 0,
  feedback: undefined,
};

export const scenarios: ScenarioSummary[] = [
  {
    id: 'through-an-interpreter',
    version: '1.0.0',
    title: 'Through an interpreter',
    summary: 'A walk-in client arrives with a "cousin" who insists on translating.',
    estimatedMinutes: 15,
    contentNotes: ['labor exploitation', 'sexual abuse referred to, not described'],
    themes: ['interpreters', 'labor trafficking'],
    competencies: [
      { id: 'language-access', name: 'Language access' },
      { id: 'safety', name: 'Safety first' },
    ],
    trainee: 'community-based advocate',
  },
  {
    id: 'first-contact',
    version: '1.0.0',
    title: 'First contact',
    summary: 'A young woman calls the hotline from a borrowed phone.',
    estimatedMinutes: 10,
    contentNotes: ['coercion'],
    themes: ['hotline'],
    competencies: [{ id: 'safety', name: 'Safety first' }],
    trainee: 'hotline advocate',
  },
];

export const report: DebriefReport = {
  scenarioId: 'through-an-interpreter',
  scenarioVersion: '1.0.0',
  mode: 'assessment',
  status: 'ended',
  ending: {
    id: 'rosa-stays',
    title: 'Rosa stays',
    outcome: 'negative',
    debrief: 'Ixchel never had a moment alone, so she could not say what was happening.',
  },
  overall: 42,
  passThreshold: 80,
  passed: false,
  criticalErrors: [
    {
      beatId: 'arrival',
      choiceId: 'let-rosa-interpret',
      text: 'Thank you, Rosa, please go ahead.',
      feedback: 'Rosa may be the person controlling Ixchel. Never let a companion interpret.',
    },
  ],
  competencies: [
    {
      id: 'language-access',
      name: 'Language access',
      score: 25,
      sum: 1,
      min: -2,
      max: 10,
      weight: 1,
      evidence: [],
    },
    { id: 'safety', name: 'Safety first', score: 60, sum: 3, min: 0, max: 5, weight: 2, evidence: [] },
  ],
  decisions: [
    {
      index: 0,
      beatId: 'arrival',
      beatTitle: 'Arrival',
      prompt: 'I translate for my cousin.',
      choice: { id: 'let-rosa-interpret', text: 'Thank you, Rosa, please go ahead.' },
      verdict: 'harmful',
      critical: true,
      feedback: 'Rosa may be the person controlling Ixchel. Never let a companion interpret.',
      sources: ['interp-3'],
      best: {
        id: 'universal-policy',
        text: 'We meet everyone alone for part of the visit.',
        feedback: 'A universal policy separates them without accusing anyone.',
      },
      triedBefore: [{ id: 'offer-water', text: 'Offer them both a glass of water.', verdict: 'acceptable' }],
    },
  ],
};

export const scenarioDetail: ScenarioDetail = {
  ...(scenarios[0] as ScenarioSummary),
  objectives: [
    'Separate the client from her companion without accusing anyone',
    'Use a qualified interpreter',
  ],
  cast: {
    ixchel: { name: 'Ixchel', role: 'survivor', description: 'Speaks Mam' },
    rosa: { name: 'Rosa', role: 'companion' },
  },
  passThreshold: 80,
  modes: ['coach', 'practice', 'assessment'],
};

export const sources: SourcesResponse = {
  lang: 'en',
  documents: [{ id: '001', title: 'Assisting Trafficking Victims', publisher: 'NSVRC and PCAR, 2012' }],
  guidance: [
    {
      id: 'interp-3',
      document: '001',
      seed: '001',
      section: 'Interpreters',
      sectionLang: 'en',
      text: 'Never ask another victim to interpret.',
      lang: 'en',
    },
  ],
  references: [{ key: 'SOAR', citation: 'HHS ACF OTIP/NHTTAC SOAR fact sheets (2022).' }],
};

const step = (over: Partial<MyStep>): MyStep => ({
  id: 's1',
  position: 0,
  kind: 'scenario',
  title: 'First contact',
  scenarioId: 'first-contact',
  scenarioTitle: 'First contact',
  version: '1.0.0',
  mode: 'practice',
  passRule: null,
  dueAt: null,
  status: 'not_started',
  overdue: false,
  next: false,
  markedAt: null,
  attempts: [],
  ...over,
});

/** A trainee's course: one step passed with an attempt, the next one overdue. */
export const myCourse: MyCourse = {
  course: { id: 'c1', title: 'Onboarding', description: '', attemptRule: 'best' },
  cohort: { id: 'k1', name: 'Winter' },
  organisation: { id: 'o1', name: 'Harbor Advocates' },
  started: true,
  completed: false,
  passed: false,
  completedAt: null,
  steps: [
    step({
      status: 'passed',
      attempts: [
        {
          runId: 'r1',
          status: 'ended',
          startedAt: '2026-12-01T10:00:00.000Z',
          finishedAt: '2026-12-01T10:10:00.000Z',
          score: 88,
          criticalError: false,
          passed: true,
          counted: true,
          scenarioVersion: '1.0.0',
          debriefPath: '/api/me/courses/c1/attempts/r1/debrief',
        },
      ],
    }),
    step({
      id: 's2',
      position: 1,
      title: 'Through an interpreter',
      mode: 'assessment',
      next: true,
      dueAt: '2026-12-20T23:59:59.000Z',
      overdue: true,
    }),
  ],
};

/** A completion record of that course. */
export const record: CompletionRecordData = {
  id: 'rec-1',
  person: { id: 'u1', name: 'Ana Ruiz' },
  organisation: { id: 'o1', name: 'Harbor Advocates' },
  course: { id: 'c1', title: 'Onboarding' },
  cohort: { id: 'k1', name: 'Winter', courseId: 'c1' },
  steps: [
    {
      stepId: 's1',
      position: 0,
      kind: 'scenario',
      title: 'First contact',
      scenarioId: 'first-contact',
      version: '1.0.0',
      mode: 'practice',
      status: 'passed',
      score: 88,
      criticalErrors: 0,
      completedAt: '2026-12-01T10:10:00.000Z',
    },
    {
      stepId: 's2',
      position: 1,
      kind: 'workshop',
      title: 'Group session',
      scenarioId: null,
      version: null,
      mode: null,
      status: 'completed',
      score: null,
      criticalErrors: 0,
      completedAt: '2026-12-03T10:10:00.000Z',
    },
  ],
  passed: true,
  completedAt: '2026-12-03T10:10:00.000Z',
};

/** A workshop room after the reveal, with the feedback open (most of the presenter's words show). */
export const room: RoomView = {
  id: 'room-1',
  code: 'K7P2Q',
  scenario: { id: 'through-an-interpreter', title: 'Through an interpreter' },
  phase: 'revealed',
  round: 1,
  version: 7,
  participants: 4,
  beat: { ...view.beat, contentNote: 'Coercion is referred to.' },
  lines: [
    ...view.lines,
    { kind: 'time-skip', text: 'Ten minutes later' },
    { kind: 'trainee', text: 'Hello.' },
  ],
  choices: view.choices,
  decisions: 0,
  ended: false,
  votes: {
    cast: 4,
    spread: view.choices.map((c, i) => ({ choiceId: c.id, text: c.text, count: i + 1 })),
  },
  feedback: view.choices.map((c, i) => ({
    choiceId: c.id,
    text: c.text,
    verdict: i === 0 ? 'best' : i === 1 ? 'harmful' : 'acceptable',
    feedback: 'Feedback on this option.',
  })),
  canSkip: true,
  lang: 'en',
  languages: ['en', 'es'],
};

/** The presenter's answer for that room. */
export const facilitatorRoom: RouteResponse<'get', '/api/rooms/:id'> = {
  room: { ...room, phase: 'paused' },
  joinUrl: 'http://localhost/join/K7P2Q',
  qrSvg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"></svg>',
};

/** The room as one phone sees it while the vote is open, with that phone's vote. */
export const phoneRoom: RoomView = {
  ...room,
  phase: 'voting',
  feedback: undefined,
  votes: { cast: 2 },
  you: { nickname: 'Owl', vote: 'universal-policy' },
};

/** The room's debrief: one decided moment, one skipped. */
export const roomDebrief: RoomDebrief = {
  room: { id: 'room-1', code: 'K7P2Q', scenario: room.scenario },
  ended: true,
  ending: {
    id: 'door-open',
    title: 'The door stays open',
    outcome: 'positive',
    debrief: 'She keeps the card.',
  },
  overall: 82,
  competencies: [{ id: 'language-access', name: 'Language access', score: 82 }],
  decisions: [
    {
      index: 1,
      beatId: 'arrival',
      chosen: { id: 'let-rosa-interpret', text: 'Thank you, Rosa, please go ahead.' },
      verdict: 'harmful',
      feedback: 'Rosa may be the person controlling Ixchel.',
      skipped: false,
      rounds: 2,
      votes: 4,
      spread: [{ choiceId: 'let-rosa-interpret', text: 'Thank you, Rosa, please go ahead.', count: 4 }],
      best: {
        id: 'universal-policy',
        text: 'We meet everyone alone for part of the visit.',
        feedback: 'Policy.',
      },
      sources: [],
    },
    {
      index: 2,
      beatId: 'private-room',
      chosen: { id: 'explain-confidentiality', text: 'Yes. What you say here stays here.' },
      verdict: 'best',
      feedback: 'Clear limits of confidentiality.',
      skipped: true,
      rounds: 1,
      votes: 0,
      spread: [],
      sources: [],
    },
  ],
  lang: 'en',
};
