import { randomBytes } from 'node:crypto';
import { compileScenario } from '@doorway/engine';
import { describe, expect, it } from 'vitest';
import { createUser } from '../auth/users';
import { openSqliteStorage } from '../storage/open-storage';
import { fixtureRubric, fixtureScenario } from '../testing/fixture-scenario';
import { translatedTable } from '../testing/translated-table';
import { inProcessBus } from './room-bus';
import { roomLanguages } from './room-language';
import { roomReader } from './room-reader';
import { createWorkshopService } from './room-service';
import { roomStore } from './room-store';

const now = new Date('2026-01-02T03:04:05Z');

/** A room on the fixture (with a Spanish title) opened through the real service over SQLite. */
async function world() {
  const storage = openSqliteStorage(':memory:');
  await storage.migrate();
  const user = await createUser(
    storage.db,
    { id: 'user_ana', email: 'ana@example.org', name: 'Ana', password: 'a long pass phrase' },
    now,
  );
  if (!user.ok) throw new Error(user.error.code);
  const compiled = compileScenario(fixtureScenario, fixtureRubric);
  const table = translatedTable(fixtureScenario, 'es', (s) =>
    s.id === 'meta.title' ? 'Una conversación breve' : undefined,
  );
  const languages = roomLanguages(() => new Map([['es', table]]));
  const compiledFor = async () => compiled;
  const workshop = createWorkshopService({
    storage,
    latest: () => ({
      scenarioId: fixtureScenario.id,
      version: fixtureScenario.version,
      contentHash: 'tiny-v1',
      scenarioJson: JSON.stringify(fixtureScenario),
      rubricJson: JSON.stringify(fixtureRubric),
    }),
    compiledFor,
    now: () => now,
    random: (n) => randomBytes(n),
    bus: inProcessBus(),
    languages,
  });
  const created = await workshop.createRoom('user_ana', fixtureScenario.id);
  if (!created.ok) throw new Error(created.error.code);
  const reader = roomReader({ store: roomStore(storage.db), compiledFor, languages });
  return { storage, workshop, reader, room: created.value };
}

describe('roomReader', () => {
  it('loads a stored room with its machine and replayed scenario, and undefined for an unknown id', async () => {
    const { reader, room, storage } = await world();
    const loaded = await reader.loadById(room.id);
    expect(loaded?.room.id).toBe(room.id);
    expect(loaded?.state.steps).toEqual([]);
    expect(loaded?.machine.context.round).toBe(0);
    expect(await reader.loadById('no-such-room')).toBeUndefined();
    await storage.close();
  });

  it('builds one view per language for every phone, and the presenter view in the room language', async () => {
    const { reader, room, workshop, storage } = await world();
    const bea = await workshop.join(room.code, 'Bea', 'es');
    const cal = await workshop.join(room.code, 'Cal', 'fr');
    if (!bea.ok || !cal.ok) throw new Error('join failed');
    expect([bea.value.lang, cal.value.lang]).toEqual(['es', 'en']);

    const snapshot = await reader.feedSnapshot(room.id);
    if (!snapshot) throw new Error('no snapshot');
    expect(snapshot.view.lang).toBe('en');
    expect(snapshot.view.participants).toBe(2);
    expect(snapshot.langs).toEqual(
      new Map([
        [bea.value.participantId, 'es'],
        [cal.value.participantId, 'en'],
      ]),
    );
    const spanish = snapshot.viewIn('es');
    expect(spanish.scenario.title).toBe('Una conversación breve');
    expect(snapshot.viewIn('es')).toBe(spanish);
    expect(snapshot.viewIn('en')).toBe(snapshot.view);

    const loaded = await reader.loadById(room.id);
    if (!loaded) throw new Error('no room');
    expect(await reader.presenterView(loaded)).toEqual(snapshot.view);

    await workshop.deleteRoom(room);
    expect(await reader.feedSnapshot(room.id)).toBeUndefined();
    await storage.close();
  });
});
