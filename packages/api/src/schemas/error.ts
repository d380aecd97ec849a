import { ViewSchema } from '@doorway/engine';
import { z } from 'zod';
import { ERROR_CODES } from '../errors/error-codes';
import { RoomPhaseSchema } from '../workshop/room-phase';
import { LocatedProblemSchema } from './problems';

/** The one error body every failure sends, whatever the route: `{ "error": { "code", "message" } }`. */
export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES).describe('A stable machine-readable code, e.g. `run_not_found`.'),
      message: z.string().describe('What went wrong and what to do, in plain words.'),
      view: ViewSchema.optional().describe('On 409s about a run: the current view, to resync.'),
      phase: RoomPhaseSchema.optional().describe("On `illegal_command`: the room's phase now."),
      problems: z
        .array(LocatedProblemSchema)
        .optional()
        .describe('On `draft_has_errors`: every error, with line:col, field, message and fix.'),
      revision: z.number().int().optional().describe("On `draft_changed`: the draft's current revision."),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorResponse>;
