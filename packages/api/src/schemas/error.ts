import { ViewSchema } from '@doorway/engine';
import { z } from 'zod';
import { ERROR_CODES } from '../errors/error-codes';
import { RoomPhaseSchema } from '../workshop/room-phase';

/** The one error body every failure sends, whatever the route: `{ "error": { "code", "message" } }`. */
export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES).describe('A stable machine-readable code, e.g. `run_not_found`.'),
      message: z.string().describe('What went wrong and what to do, in plain words.'),
      view: ViewSchema.optional().describe('On 409s about a run: the current view, to resync.'),
      phase: RoomPhaseSchema.optional().describe("On `illegal_command`: the room's phase now."),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorResponse>;
