import type { Generated } from 'kysely';

/** Tables for facilitator accounts and workshop rooms (migration 002_workshop). */
export interface UsersTable {
  id: string;
  email: string;
  name: string;
  /** argon2id, PHC string. */
  password_hash: string;
  created_at: string;
}

export interface UserSessionsTable {
  /** sha256 of the session token, hex: a stolen database does not yield usable cookies. */
  token_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
}

export interface RoomsTable {
  id: string;
  code: string;
  facilitator_id: string;
  scenario_id: string;
  content_hash: string;
  seed: number;
  /** The room machine's persisted snapshot (XState), as JSON. */
  machine_json: string;
  phase: string;
  /** The engine steps the room has committed, as JSON. */
  steps_json: string;
  /** Bumped on every change; SSE event ids. */
  version: number;
  /** The language the presenter view shows the scenario in (migration 009; 'en' for older rooms). */
  lang: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface RoomParticipantsTable {
  id: string;
  room_id: string;
  token_hash: string;
  nickname: string;
  /** The language this phone shows the scenario in (migration 009), changeable by the participant. */
  lang: Generated<string>;
  joined_at: string;
}

export interface RoomVotesTable {
  room_id: string;
  round: number;
  participant_id: string;
  choice_id: string;
  updated_at: string;
}

export interface RoomDecisionsTable {
  room_id: string;
  idx: number;
  beat_id: string;
  choice_id: string;
  /** 1 when the facilitator skipped the beat (content note): the room did not decide it. */
  skipped: number;
  rounds: number;
  /** `{ [choiceId]: count }` of the last round. */
  tally_json: string;
}

export interface WorkshopTables {
  users: UsersTable;
  user_sessions: UserSessionsTable;
  rooms: RoomsTable;
  room_participants: RoomParticipantsTable;
  room_votes: RoomVotesTable;
  room_decisions: RoomDecisionsTable;
}
