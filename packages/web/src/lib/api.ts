import type { AppType } from '@doorway/api/client';
import { hc } from 'hono/client';

/** The typed API client; every feature talks to the server through it. */
export const api = hc<AppType>('/', { init: { credentials: 'same-origin' } });
