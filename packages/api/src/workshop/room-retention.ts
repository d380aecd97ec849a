import type { Storage } from '../storage/storage';
import { roomStore } from './room-store';

/** Rooms, with their participants and votes, are deleted this long after their last change. */
export const ROOM_RETENTION_DAYS = 30;

/**
 * Deletes workshop rooms untouched for ROOM_RETENTION_DAYS; returns how many. The server runs it at
 * start and every hour. Facilitators can delete a room sooner themselves.
 *
 * @example
 * await purgeExpiredRooms(storage, new Date()); // 0
 */
export function purgeExpiredRooms(storage: Storage, now: Date): Promise<number> {
  const before = new Date(now.getTime() - ROOM_RETENTION_DAYS * 86_400_000).toISOString();
  return roomStore(storage.db).purgeOlderThan(before);
}
