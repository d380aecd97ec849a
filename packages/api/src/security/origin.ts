import type { Context } from 'hono';

/** Whether to believe X-Forwarded-Proto / X-Forwarded-For / X-Forwarded-Host (only behind a trusted proxy). */
export interface ProxyConfig {
  trustProxy: boolean;
}

/** The scheme the client used: https when the request came over TLS or a trusted proxy says so. */
export function requestProtocol(c: Context, proxy: ProxyConfig): 'http' | 'https' {
  if (proxy.trustProxy) {
    const forwarded = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
    if (forwarded === 'https' || forwarded === 'http') return forwarded;
  }
  return new URL(c.req.url).protocol === 'https:' ? 'https' : 'http';
}

/**
 * The origin this request was addressed to (scheme://host[:port]), as a browser on our pages would send it.
 *
 * @example
 * expectedOrigin(c, { trustProxy: false }) // 'http://localhost:3000'
 */
export function expectedOrigin(c: Context, proxy: ProxyConfig): string {
  const host =
    (proxy.trustProxy ? c.req.header('x-forwarded-host')?.split(',')[0]?.trim() : undefined) ??
    c.req.header('host') ??
    new URL(c.req.url).host;
  return `${requestProtocol(c, proxy)}://${host}`;
}

/**
 * Whether a cookie-authenticated write may proceed: no Origin header (not a browser, or a same-origin
 * GET-like navigation) passes; otherwise it must equal our own origin or one of `allowed`.
 *
 * @example
 * originAllowed(c, { trustProxy: false }, []) // false for Origin: https://evil.example
 */
export function originAllowed(c: Context, proxy: ProxyConfig, allowed: readonly string[]): boolean {
  const origin = c.req.header('origin');
  if (origin === undefined) {
    // Browsers send Origin on every cross-site POST; Sec-Fetch-Site catches the rest.
    const site = c.req.header('sec-fetch-site');
    return site === undefined || site === 'same-origin' || site === 'none';
  }
  return origin === expectedOrigin(c, proxy) || allowed.includes(origin);
}

/** The client's address for rate limiting: the first X-Forwarded-For hop behind a trusted proxy, else the socket. */
export function clientAddress(
  c: Context,
  proxy: ProxyConfig,
  socketAddress: (c: Context) => string | undefined,
) {
  if (proxy.trustProxy) {
    const first = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (first) return first;
  }
  return socketAddress(c) ?? 'unknown';
}
