/**
 * Whether a path matches a wouter-style pattern (`/runs/:id`, `/join/:code?`), and its params.
 * Used before React starts, to preload the page the address points at.
 *
 * @example
 * matchPath('/runs/:id', '/runs/abc'); // { id: 'abc' }
 * matchPath('/runs/:id', '/runs/abc/debrief'); // undefined
 */
export function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  const params: Record<string, string> = {};
  let i = 0;
  for (const part of want) {
    const optional = part.endsWith('?');
    const name = optional ? part.slice(1, -1) : part.slice(1);
    const value = got[i];
    if (part.startsWith(':')) {
      if (value === undefined) {
        if (optional) continue;
        return undefined;
      }
      params[name] = decodeURIComponent(value);
    } else if (value !== part) {
      return undefined;
    }
    i++;
  }
  return i === got.length ? params : undefined;
}
