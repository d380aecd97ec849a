import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { type ProxyConfig, requestProtocol } from './origin';

/** One cookie per run: `doorway_run_<id>` holding that run's token. */
export function runCookieName(runId: string): string {
  return `doorway_run_${runId}`;
}

const ninetyDays = 90 * 24 * 60 * 60;

/**
 * Sets the run's cookie: HttpOnly, SameSite=Lax, Path=/, Secure when the request came over HTTPS.
 *
 * @example
 * setRunCookie(c, run.id, token, { trustProxy: false });
 */
export function setRunCookie(c: Context, runId: string, token: string, proxy: ProxyConfig): void {
  setCookie(c, runCookieName(runId), token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: requestProtocol(c, proxy) === 'https',
    maxAge: ninetyDays,
  });
}

/** The token presented for a run, and how: a Bearer header wins over the cookie. */
export function presentedToken(
  c: Context,
  runId: string,
): { token: string; via: 'bearer' | 'cookie' } | undefined {
  const auth = c.req.header('authorization');
  if (auth !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    return match?.[1] ? { token: match[1], via: 'bearer' } : undefined;
  }
  const cookie = getCookie(c, runCookieName(runId));
  return cookie ? { token: cookie, via: 'cookie' } : undefined;
}
