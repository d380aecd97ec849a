import type { Rubric, Scenario } from '@doorway/engine';
import { ScenarioSchema } from '@doorway/engine';

/** A two-competency rubric for API tests. */
export const fixtureRubric: Rubric = {
  competencies: [
    {
      id: 'safety',
      code: 'S',
      name: 'Safety first',
      definition: 'Puts physical and emotional safety first.',
      good: ['asks to speak alone'],
      harmful: ['questions in front of a companion'],
      sources: [],
    },
    {
      id: 'choice',
      code: 'C',
      name: 'Survivor choice',
      definition: 'Leaves decisions with the survivor.',
      good: ['offers options'],
      harmful: ['decides for her'],
      sources: [],
    },
  ],
};

/**
 * A small scenario: greet → (ask | push) → close → ending, with one harmful critical choice and a loop
 * beat (`wait` comes back to itself) so tests and benchmarks can make many choices without ending.
 */
export const fixtureScenario: Scenario = ScenarioSchema.parse({
  id: 'tiny',
  version: '1.0.0',
  title: 'A tiny conversation',
  summary: 'A short test scenario.',
  trainee: 'advocate',
  estimatedMinutes: 2,
  contentNotes: ['none'],
  themes: ['testing'],
  objectives: ['Say hello well.'],
  passThreshold: 60,
  cast: { ana: { name: 'Ana', role: 'survivor' } },
  meters: { trust: { initial: 20 } },
  start: 'greet',
  phases: {
    opening: {
      title: 'Opening',
      beats: {
        greet: {
          title: 'Greeting',
          lines: [{ speaker: 'ana', text: 'Hello.' }],
          choices: [
            {
              id: 'ask',
              text: 'Would you like to talk somewhere private?',
              verdict: 'best',
              evidence: { safety: 2, choice: 1 },
              effects: { meters: { trust: 10 } },
              feedback: 'Offering privacy puts her safety first.',
              sources: ['interp-1'],
              next: 'close',
            },
            {
              id: 'push',
              text: 'Tell me everything now.',
              verdict: 'harmful',
              critical: true,
              evidence: { safety: -2 },
              feedback: 'Pushing for details harms trust.',
              next: 'close',
            },
            {
              id: 'wait',
              text: 'Wait quietly.',
              verdict: 'acceptable',
              evidence: { choice: 0 },
              feedback: 'Waiting gives her room.',
              next: 'greet',
            },
          ],
        },
        close: {
          lines: [{ speaker: 'ana', text: 'Thank you.' }],
          choices: [
            {
              id: 'offer',
              text: 'Here is a number you can call any time.',
              verdict: 'best',
              evidence: { choice: 2 },
              feedback: 'Leaving the decision with her.',
              next: 'door-open',
            },
            {
              id: 'decide',
              text: 'I will call the police for you.',
              verdict: 'harmful',
              evidence: { choice: -2 },
              feedback: 'Deciding for her takes away her choice.',
              next: 'door-closed',
            },
          ],
        },
      },
    },
  },
  endings: {
    'door-open': {
      title: 'The door stays open',
      outcome: 'positive',
      debrief: 'She knows where to find you.',
    },
    'door-closed': { title: 'The door closes', outcome: 'negative', debrief: 'She will not come back.' },
  },
});
