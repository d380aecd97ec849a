import { assign, createMachine } from 'xstate';

/**
 * The loop scenario's graph written by hand as a plain XState machine (no scenario, no guards beyond the
 * ones the graph needs): the baseline the engine's step cost is compared with.
 */
export const handMachine = createMachine({
  types: {} as {
    context: { trust: number; asked: boolean; decisions: number };
    events: { type: 'trainee.choose'; choiceId: string };
  },
  context: { trust: 50, asked: false, decisions: 0 },
  initial: 'hub',
  states: {
    hub: {
      on: {
        'trainee.choose': [
          {
            guard: ({ event }) => event.choiceId === 'ask',
            target: 'topic',
            actions: assign(({ context }) => ({
              trust: Math.min(100, context.trust + 5),
              asked: true,
              decisions: context.decisions + 1,
            })),
          },
          {
            guard: ({ event, context }) => event.choiceId === 'leave' && context.trust >= 60,
            target: 'good',
          },
          { guard: ({ event }) => event.choiceId === 'leave', target: 'bad' },
        ],
      },
    },
    topic: {
      on: {
        'trainee.choose': {
          guard: ({ event }) => event.choiceId === 'back',
          target: 'hub',
          actions: assign(({ context }) => ({
            trust: Math.max(0, context.trust - 4),
            decisions: context.decisions + 1,
          })),
        },
      },
    },
    good: { type: 'final' },
    bad: { type: 'final' },
  },
});
