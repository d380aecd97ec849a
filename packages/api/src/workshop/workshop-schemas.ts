import { z } from 'zod';

// Request bodies of the workshop routes: validated at the edge and documented in the OpenAPI table.

export const CreateRoomBody = z.object({ scenarioId: z.string().min(1).max(100) }).strict();
export const JoinBody = z
  .object({ code: z.string().min(1).max(20), nickname: z.string().max(40).optional() })
  .strict();
export const VoteBody = z.object({ choiceId: z.string().min(1).max(100) }).strict();
export const CommandBody = z.discriminatedUnion('type', [
  z.object({ type: z.literal('commit'), choiceId: z.string().min(1).max(100) }).strict(),
  ...(
    [
      'start',
      'open-vote',
      'close-vote',
      'reveal',
      'show-feedback',
      'revote',
      'skip',
      'pause',
      'resume',
      'end',
    ] as const
  ).map((type) => z.object({ type: z.literal(type) }).strict()),
]);
