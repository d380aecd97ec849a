import type { Context } from 'hono';
import type { Logger } from 'pino';
import type { PublicationFeed } from './authoring/publication-feed';
import type { ScenarioCatalog } from './runs/catalog';
import type { RateLimitConfig } from './security/rate-limiter';
import type { RandomBytes } from './security/tokens';
import type { Storage } from './storage/storage';
import type { RoomBus } from './workshop/room-bus';

/** What the app needs from the outside world; `server.ts` builds the real ones, tests build their own. */
export interface AppDeps {
  /** The clock, injected so tests control time. */
  now: () => Date;
  /** The version string reported by /api/health. */
  version: string;
  storage: Storage;
  catalog: ScenarioCatalog;
  /** Random bytes for run ids, tokens and seeds (node:crypto's randomBytes in the server). */
  random: RandomBytes;
  logger: Logger;
  /** Run creation per client address; default 30 a minute. `{ max: 0 }` turns it off. */
  rateLimit?: RateLimitConfig;
  /** Believe X-Forwarded-Proto/-For/-Host (set only behind a proxy you control). Default false. */
  trustProxy?: boolean;
  /** Extra origins allowed to send cookie-authenticated writes (e.g. a dev server). Default none. */
  allowedOrigins?: readonly string[];
  /** Largest accepted request body in bytes. Default 64 KiB. */
  bodyLimitBytes?: number;
  /** Adds GET /api/bench/hello (the benchmark's ceiling). Default false. */
  benchHello?: boolean;
  /** How many replayed run states to keep in memory. Default 5000. */
  stateCacheSize?: number;
  /** The socket's remote address (the server passes @hono/node-server's getConnInfo). */
  socketAddress?: (c: Context) => string | undefined;
  /** Fans workshop room changes out to live screens: in-process by default, PostgreSQL LISTEN/NOTIFY across processes. */
  roomBus?: RoomBus;
  /**
   * The server's public URL: the xAPI actor's account homepage and the base of activity ids. Without it
   * no xAPI statements are written (the server sets it from PUBLIC_URL, or http://HOST:PORT).
   */
  publicUrl?: string;
  /**
   * Keeps the catalog in step with versions other processes publish (server.ts: PostgreSQL NOTIFY plus a
   * poll). Without it only this process's own publications reach its catalog.
   */
  publications?: PublicationFeed;
  /**
   * Invites can be mailed: the server has SMTP settings (SMTP_URL, SMTP_FROM) and runs the mail worker that
   * sends the mail outbox. Default false: invite links are copied by hand and asking to mail one is 409.
   */
  mailInvites?: boolean;
  /** The built LMS player (packages/web/dist-lms) the course package route zips; default next to the web app. */
  lmsPlayerDir?: string;
  /** Sign-in and join attempts per client address. Defaults: 10 and 30 a minute. */
  workshopLimits?: { login?: RateLimitConfig; join?: RateLimitConfig };
}
