import { z } from 'zod';

/**
 * A workshop room's phase as one word, for views, errors and the database. The room machine's states
 * map onto it (`phaseOf`).
 */
export const RoomPhaseSchema = z
  .enum(['lobby', 'presenting', 'voting', 'closed', 'revealed', 'paused', 'finished', 'ended'])
  .meta({ id: 'RoomPhase' });
export type RoomPhase = z.infer<typeof RoomPhaseSchema>;
