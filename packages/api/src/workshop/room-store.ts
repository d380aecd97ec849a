import type { Step } from '@doorway/engine';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../storage/schema';

/** A room as the service uses it (JSON columns parsed). */
export interface RoomRecord {
  id: string;
  code: string;
  facilitatorId: string;
  scenarioId: string;
  contentHash: string;
  seed: number;
  machine: unknown;
  phase: string;
  steps: Step[];
  version: number;
  /** The language of the presenter view (and of the debrief): 'en', or one the scenario has a table for. */
  lang: string;
  createdAt: string;
  updatedAt: string;
}

/** A phone in a room, as the routes know it from its token. */
export interface ParticipantRecord {
  id: string;
  nickname: string;
  /** The language this phone shows the scenario in. */
  lang: string;
}

export interface RoomDecisionRecord {
  idx: number;
  beatId: string;
  choiceId: string;
  skipped: boolean;
  rounds: number;
  tally: Record<string, number>;
}

type Db = Kysely<Database>;

function toRoom(row: Selectable<Database['rooms']>): RoomRecord {
  return {
    id: row.id,
    code: row.code,
    facilitatorId: row.facilitator_id,
    scenarioId: row.scenario_id,
    contentHash: row.content_hash,
    seed: Number(row.seed),
    machine: JSON.parse(row.machine_json),
    phase: row.phase,
    steps: JSON.parse(row.steps_json) as Step[],
    version: Number(row.version),
    lang: row.lang,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * The workshop's database access: rooms, participants, votes and decisions. Rooms change under
 * optimistic concurrency (`version`), so two facilitator tabs cannot apply commands over each other.
 *
 * @example
 * const store = roomStore(db);
 * const room = await store.byCode('K7QHXA');
 */
export function roomStore(db: Db) {
  return {
    async insert(room: RoomRecord): Promise<boolean> {
      try {
        await db
          .insertInto('rooms')
          .values({
            id: room.id,
            code: room.code,
            facilitator_id: room.facilitatorId,
            scenario_id: room.scenarioId,
            content_hash: room.contentHash,
            seed: room.seed,
            machine_json: JSON.stringify(room.machine),
            phase: room.phase,
            steps_json: JSON.stringify(room.steps),
            version: room.version,
            lang: room.lang,
            created_at: room.createdAt,
            updated_at: room.updatedAt,
          })
          .execute();
        return true;
      } catch {
        return false; // the join code (or id) is taken; the caller draws another
      }
    },

    async byId(id: string): Promise<RoomRecord | undefined> {
      const row = await db.selectFrom('rooms').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toRoom(row) : undefined;
    },

    async byCode(code: string): Promise<RoomRecord | undefined> {
      const row = await db.selectFrom('rooms').selectAll().where('code', '=', code).executeTakeFirst();
      return row ? toRoom(row) : undefined;
    },

    async listByFacilitator(userId: string): Promise<RoomRecord[]> {
      const rows = await db
        .selectFrom('rooms')
        .selectAll()
        .where('facilitator_id', '=', userId)
        .orderBy('created_at', 'desc')
        .execute();
      return rows.map(toRoom);
    },

    /** Writes the new state if nobody changed the room since `expectedVersion`; false when someone did. */
    async update(
      id: string,
      expectedVersion: number,
      patch: { machine: unknown; phase: string; steps: Step[] },
      at: string,
    ): Promise<boolean> {
      const result = await db
        .updateTable('rooms')
        .set({
          machine_json: JSON.stringify(patch.machine),
          phase: patch.phase,
          steps_json: JSON.stringify(patch.steps),
          version: expectedVersion + 1,
          updated_at: at,
        })
        .where('id', '=', id)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Marks a change that is not a command (a join, a vote) so live views refresh. */
    async touch(id: string, at: string): Promise<void> {
      await db
        .updateTable('rooms')
        .set((eb) => ({ version: eb('version', '+', 1), updated_at: at }))
        .where('id', '=', id)
        .execute();
    },

    async remove(id: string): Promise<void> {
      await db.deleteFrom('room_decisions').where('room_id', '=', id).execute();
      await db.deleteFrom('room_votes').where('room_id', '=', id).execute();
      await db.deleteFrom('room_participants').where('room_id', '=', id).execute();
      await db.deleteFrom('rooms').where('id', '=', id).execute();
    },

    /** Deletes rooms not touched since `before` (ISO time), with their votes; returns how many. */
    async purgeOlderThan(before: string): Promise<number> {
      const old = await db.selectFrom('rooms').select('id').where('updated_at', '<', before).execute();
      for (const { id } of old) await this.remove(id);
      return old.length;
    },

    async addParticipant(p: {
      id: string;
      roomId: string;
      tokenHash: string;
      nickname: string;
      lang: string;
      at: string;
    }) {
      await db
        .insertInto('room_participants')
        .values({
          id: p.id,
          room_id: p.roomId,
          token_hash: p.tokenHash,
          nickname: p.nickname,
          lang: p.lang,
          joined_at: p.at,
        })
        .execute();
    },

    async participantByTokenHash(roomId: string, tokenHash: string): Promise<ParticipantRecord | undefined> {
      return db
        .selectFrom('room_participants')
        .select(['id', 'nickname', 'lang'])
        .where('room_id', '=', roomId)
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
    },

    /** A phone chose another language for the scenario. */
    async setParticipantLang(roomId: string, participantId: string, lang: string): Promise<void> {
      await db
        .updateTable('room_participants')
        .set({ lang })
        .where('room_id', '=', roomId)
        .where('id', '=', participantId)
        .execute();
    },

    /** participant id → the language its phone shows, for every phone in the room (one read per change). */
    async participantLangs(roomId: string): Promise<Map<string, string>> {
      const rows = await db
        .selectFrom('room_participants')
        .select(['id', 'lang'])
        .where('room_id', '=', roomId)
        .execute();
      return new Map(rows.map((r) => [r.id, r.lang]));
    },

    async countParticipants(roomId: string): Promise<number> {
      const row = await db
        .selectFrom('room_participants')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('room_id', '=', roomId)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },

    /** One vote per participant per round; voting again changes it. */
    async vote(v: { roomId: string; round: number; participantId: string; choiceId: string; at: string }) {
      await db
        .insertInto('room_votes')
        .values({
          room_id: v.roomId,
          round: v.round,
          participant_id: v.participantId,
          choice_id: v.choiceId,
          updated_at: v.at,
        })
        .onConflict((oc) =>
          oc
            .columns(['room_id', 'round', 'participant_id'])
            .doUpdateSet({ choice_id: v.choiceId, updated_at: v.at }),
        )
        .execute();
    },

    async votes(roomId: string, round: number): Promise<{ participantId: string; choiceId: string }[]> {
      const rows = await db
        .selectFrom('room_votes')
        .select(['participant_id', 'choice_id'])
        .where('room_id', '=', roomId)
        .where('round', '=', round)
        .execute();
      return rows.map((r) => ({ participantId: r.participant_id, choiceId: r.choice_id }));
    },

    async addDecision(roomId: string, d: RoomDecisionRecord): Promise<void> {
      await db
        .insertInto('room_decisions')
        .values({
          room_id: roomId,
          idx: d.idx,
          beat_id: d.beatId,
          choice_id: d.choiceId,
          skipped: d.skipped ? 1 : 0,
          rounds: d.rounds,
          tally_json: JSON.stringify(d.tally),
        })
        .execute();
    },

    async decisions(roomId: string): Promise<RoomDecisionRecord[]> {
      const rows = await db
        .selectFrom('room_decisions')
        .selectAll()
        .where('room_id', '=', roomId)
        .orderBy('idx')
        .execute();
      return rows.map((r) => ({
        idx: Number(r.idx),
        beatId: r.beat_id,
        choiceId: r.choice_id,
        skipped: Number(r.skipped) === 1,
        rounds: Number(r.rounds),
        tally: JSON.parse(r.tally_json) as Record<string, number>,
      }));
    },
  };
}

export type RoomStore = ReturnType<typeof roomStore>;
