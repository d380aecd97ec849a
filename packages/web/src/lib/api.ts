import { createClient } from '@doorway/api/client';

/**
 * The typed API client; every feature talks to the server through it. Paths, inputs and answers are
 * typed by the routes' declarations in @doorway/api; the run and session cookies ride along.
 *
 * @example
 * const res = await api.get('/api/runs/:id', { param: { id } });
 * if (res.ok) console.log(res.value.view.beat.id);
 */
export const api = createClient({ init: { credentials: 'same-origin' } });
