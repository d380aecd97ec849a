import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Kysely } from 'kysely';
import { ApiError } from '../errors/api-error';
import { originAllowed, type ProxyConfig, requestProtocol } from '../security/origin';
import type { RateLimitStore } from '../security/rate-limit-store';
import type { RateLimitConfig } from '../security/rate-limiter';
import type { RandomBytes } from '../security/tokens';
import type { Database } from '../storage/schema';
import { SESSION_ABSOLUTE_MS } from './sessions';

export const SESSION_COOKIE = 'doorway_session';

/** What the account and workshop routes need from the app. */
export interface AccountDeps {
  db: Kysely<Database>;
  now: () => Date;
  random: RandomBytes;
  proxy: ProxyConfig;
  allowedOrigins: readonly string[];
  /** The client's address, for rate limits. */
  clientAddress: (c: Context) => string;
  limits: { login: RateLimitConfig; join: RateLimitConfig };
  /** Where limits are counted when several processes share them (PostgreSQL); in memory when absent. */
  limitStore?: RateLimitStore | undefined;
}

/** Sets a cookie the way every Doorway cookie is set: HttpOnly, SameSite=Lax, Secure over HTTPS. */
export function setSecureCookie(
  c: Context,
  proxy: ProxyConfig,
  name: string,
  value: string,
  maxAgeSeconds: number,
) {
  setCookie(c, name, value, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: requestProtocol(c, proxy) === 'https',
    maxAge: maxAgeSeconds,
  });
}

export function setSessionCookie(c: Context, proxy: ProxyConfig, token: string) {
  setSecureCookie(c, proxy, SESSION_COOKIE, token, Math.floor(SESSION_ABSOLUTE_MS / 1000));
}

export function clearSessionCookie(c: Context) {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

export function sessionToken(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

/** Refuses a cookie-authenticated write from another site (403 `bad_origin`). */
export function checkOrigin(c: Context, deps: Pick<AccountDeps, 'proxy' | 'allowedOrigins'>) {
  if (!originAllowed(c, deps.proxy, deps.allowedOrigins)) {
    throw new ApiError('bad_origin');
  }
}
