/**
 * A tiny HTTP client with a cookie jar for a real server process: sends JSON, keeps the cookies it is
 * given, and can send one request to another process of the same deployment with the same cookies.
 *
 * @example
 * const ana = httpSession(server.url);
 * await ana.send('POST', '/api/auth/setup', { email, name, password });
 * await ana.send('GET', '/api/scenarios', undefined, other.url);
 */
export function httpSession(baseUrl: string) {
  const jar = new Map<string, string>();
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  return {
    jar,
    baseUrl,
    cookie,
    async send(method: string, path: string, body?: unknown, server = baseUrl): Promise<Response> {
      const res = await fetch(`${server}${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          cookie: cookie(),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      for (const header of res.headers.getSetCookie()) {
        const [name, ...value] = (header.split(';')[0] ?? '').split('=');
        if (name) jar.set(name, value.join('='));
      }
      return res;
    },
  };
}
