import { randomBytes } from 'node:crypto';
import { catalogFromRegistry, createApp, createLogger, openSqliteStorage } from '@doorway/api';
import { createRegistry, loadSources } from '@doorway/scenarios';

/**
 * The real app over the real scenario content and an in-memory SQLite: what the server runs, minus the port.
 *
 * @example
 * const { app, registry, storage } = await contentApp();
 */
export async function contentApp() {
  const registry = createRegistry();
  const sources = loadSources();
  if (!sources.ok) throw new Error('sources.yaml does not load');
  const storage = openSqliteStorage(':memory:');
  await storage.migrate();
  const app = createApp({
    now: () => new Date('2026-01-02T03:04:05Z'),
    version: 'test',
    storage,
    catalog: catalogFromRegistry(registry, sources.value),
    random: (n) => randomBytes(n),
    logger: createLogger('silent'),
    rateLimit: { max: 0, windowMs: 60_000 },
  });
  return { app, registry, storage };
}
