import { z } from 'zod';
import { LangSchema } from '../schemas/runs';

// Request bodies of the workshop routes: validated at the edge and documented in the OpenAPI table.

export const CreateRoomBody = z
  .object({
    scenarioId: z.string().min(1).max(100),
    lang: LangSchema.optional().describe(
      'The language of the presenter view and the room debrief (default en); the scenario must have it (see "languages" in GET /api/scenarios).',
    ),
  })
  .strict();
export const JoinBody = z
  .object({
    code: z.string().min(1).max(20),
    nickname: z.string().max(40).optional(),
    lang: LangSchema.optional().describe(
      "The language this phone would like the scenario in (send the interface language); used when the room's scenario has it, else the room's language. Change it later with PATCH /api/rooms/:id/me.",
    ),
  })
  .strict();
/** A phone's choice of language for the scenario. */
export const ParticipantSettingsBody = z.object({ lang: LangSchema }).strict();
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
