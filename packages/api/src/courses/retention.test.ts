import { describe, expect, it } from 'vitest';
import { peopleWorld } from '../testing/people-world';
import { traineeWithData } from './people-fixture';
import { purgeCourseData } from './retention';

describe('course data retention', () => {
  it('keeps everything without a setting; with one, deletes course runs and records older than it', async () => {
    const w = await peopleWorld();
    const { tessId, runId } = await traineeWithData(w);
    const later = new Date(w.deps.now().getTime() + 40 * 86_400_000);
    expect(await purgeCourseData(w.storage, later)).toMatchObject({ runs: 0, records: 0 });
    await w.db
      .updateTable('organisations')
      .set({ retention_days: 60 })
      .where('id', '=', 'org_default')
      .execute();
    expect(await purgeCourseData(w.storage, later)).toMatchObject({ runs: 0, records: 0 });
    await w.db
      .updateTable('organisations')
      .set({ retention_days: 30 })
      .where('id', '=', 'org_default')
      .execute();
    expect(await purgeCourseData(w.storage, later)).toMatchObject({ runs: 1, records: 1 });
    expect(await w.db.selectFrom('runs').select('id').where('id', '=', runId).execute()).toEqual([]);
    expect(await w.db.selectFrom('run_steps').select('seq').where('run_id', '=', runId).execute()).toEqual(
      [],
    );
    // The person and the enrolment stay: only course data is purged.
    expect(
      await w.db.selectFrom('enrolments').select('id').where('user_id', '=', tessId).execute(),
    ).toHaveLength(1);
  });
});
