import { describe, expect, it } from 'vitest';
import { kitchenSinkRaw } from '../fixtures/kitchen-sink';
import { loadFixture } from '../fixtures/load';
import { DebriefReportSchema } from '../scoring/debrief-schema';
import { report } from '../scoring/report';
import { hashString, seededRandom } from '../util/random';
import { applyStep } from './apply-step';
import { feedbackFor } from './feedback';
import { FeedbackSchema } from './feedback-schema';
import { StepSchema } from './run-schemas';
import { startRun } from './start-run';
import type { RunState } from './types';
import { viewOf } from './view';
import { ViewSchema } from './view-schema';
import { offeredChoices } from './walk';

// The schemas are the types (z.infer), so the compiler already checks the fields the runtime fills in;
// parsing real values here also catches a field the runtime adds that the schema would drop (the API
// documents and validates with these schemas), and a value outside an enum.

const compiled = loadFixture(kitchenSinkRaw);

/** Parsing must keep every field: a stripped field means the runtime says more than the schema. */
function expectSchemaKeepsAll(schema: { parse(v: unknown): unknown }, value: unknown) {
  const plain = JSON.parse(JSON.stringify(value));
  expect(schema.parse(plain)).toEqual(plain);
}

describe('the run schemas describe what the runtime returns', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`views, feedback, steps and the debrief of random path ${seed} parse without losing a field`, () => {
      const rand = seededRandom(hashString(`schemas|${seed}`));
      let state: RunState = startRun(compiled, { seed, mode: 'coach' });
      for (let i = 0; i < 40 && state.status === 'active'; i++) {
        expectSchemaKeepsAll(ViewSchema, viewOf(compiled, state));
        const offered = offeredChoices(compiled, state);
        const choice = offered[Math.floor(rand() * offered.length)];
        if (!choice) break;
        expectSchemaKeepsAll(FeedbackSchema, feedbackFor(compiled, state.beatId, choice.id, state));
        const next = applyStep(compiled, state, {
          kind: 'choice',
          beatId: state.beatId,
          choiceId: choice.id,
        });
        if (!next.ok) throw new Error(next.error.message);
        state = next.value;
      }
      expectSchemaKeepsAll(ViewSchema, viewOf(compiled, state));
      for (const step of state.steps) expectSchemaKeepsAll(StepSchema, step);
      const debrief = report(compiled, state);
      expect(debrief.decisions.length).toBeGreaterThan(0);
      expectSchemaKeepsAll(DebriefReportSchema, debrief);
    });
  }

  it('rejects a step the log could never hold', () => {
    expect(StepSchema.safeParse({ kind: 'choice', beatId: 'arrival' }).success).toBe(false);
    expect(StepSchema.safeParse({ kind: 'rewind', toDecision: 1.5 }).success).toBe(false);
    expect(StepSchema.safeParse({ kind: 'jump' }).success).toBe(false);
  });
});
