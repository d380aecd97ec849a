import type { Mode } from '@doorway/engine';

/**
 * The three ways to play a scenario, in the order the scenario page shows them. Their names and
 * explanations live in the interface catalogs under `modes.<id>` (src/i18n/en.ts).
 */
export const modes: Mode[] = ['coach', 'practice', 'assessment'];
