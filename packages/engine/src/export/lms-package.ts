import { z } from 'zod';
import { ModeSchema } from '../runtime/run-schemas';
import { RubricSchema } from '../schema/rubric';
import { ScenarioSchema } from '../schema/scenario';

/**
 * What an LMS package (SCORM 1.2 or cmi5) carries for its player: one scenario and the rubric it was
 * validated against, pinned by the registry's content hash, with the score bounds analysis found (the
 * browser scores with the same `report` as the server, without exploring the state graph itself).
 *
 * @example
 * const data = LmsPackageSchema.parse(JSON.parse(element.textContent ?? ''));
 */
export const LmsPackageSchema = z.object({
  format: z.enum(['scorm12', 'cmi5']),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  mode: ModeSchema,
  scenario: ScenarioSchema,
  rubric: RubricSchema,
  bounds: z.record(z.string(), z.object({ min: z.number(), max: z.number() })),
  /** The cmi5 activity id of the AU (the LMS passes its own at launch; this is what cmi5.xml names). */
  activityId: z.string().optional(),
  /**
   * A course step whose pass rule is completion (or none): the package reports `completed` when the
   * conversation ends, never `passed` or `failed`.
   */
  completionOnly: z.boolean().optional(),
});
export type LmsPackage = z.infer<typeof LmsPackageSchema>;
