import { describe, expect, it } from 'vitest';
import { inFlightLimit } from './in-flight-limit';

describe('inFlightLimit', () => {
  it('answers 503 JSON with Retry-After past the limit, and serves again once a slot frees', async () => {
    const gates: (() => void)[] = [];
    const slow = (_: Request) =>
      new Promise<Response>((ok) => gates.push(() => ok(new Response('done', { status: 200 }))));
    const limited = inFlightLimit(slow, 2);
    const first = limited(new Request('http://x/a'));
    const second = limited(new Request('http://x/b'));
    const third = await limited(new Request('http://x/c'));
    expect(third.status).toBe(503);
    expect(third.headers.get('retry-after')).toBe('1');
    expect(await third.json()).toMatchObject({ error: { code: 'service_unavailable' } });

    for (const open of gates.splice(0)) open();
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    const fourth = limited(new Request('http://x/d'));
    for (const open of gates.splice(0)) open();
    expect((await fourth).status).toBe(200);
  });

  it('frees the slot when the handler throws', async () => {
    const limited = inFlightLimit((_: Request): Response => {
      throw new Error('boom');
    }, 1);
    await expect(limited(new Request('http://x/'))).rejects.toThrow('boom');
    await expect(limited(new Request('http://x/'))).rejects.toThrow('boom');
  });

  it('is off at 0', async () => {
    const handler = (_: Request) => new Response('ok');
    expect(inFlightLimit(handler, 0)).toBe(handler);
  });
});
