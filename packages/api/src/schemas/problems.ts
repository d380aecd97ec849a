import { z } from 'zod';

/** One problem of a scenario text, as `pnpm doorway lint` prints it: where, which field, what, and the fix. */
export const LocatedProblemSchema = z
  .object({
    file: z.string(),
    line: z.number().int().describe('1-based line.'),
    col: z.number().int().describe('1-based column.'),
    path: z.array(z.union([z.string(), z.number()])).describe('The field, as a path into the scenario.'),
    severity: z.enum(['error', 'warning']),
    rule: z.string(),
    message: z.string(),
    fix: z.string(),
  })
  .meta({ id: 'LocatedProblem' });
