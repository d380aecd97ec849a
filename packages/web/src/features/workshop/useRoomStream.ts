import { useEffect, useState } from 'react';
import type { RoomView } from './workshopTypes';

export type StreamState = {
  status: 'connecting' | 'live' | 'reconnecting' | 'gone';
  room?: RoomView | undefined;
};

/**
 * Follows a room over Server-Sent Events. EventSource reconnects by itself and sends Last-Event-ID;
 * the server answers every (re)connection with the current snapshot, so the screen is never stale.
 *
 * @example
 * const { status, room } = useRoomStream(roomId, initialRoom);
 */
export function useRoomStream(roomId: string, initial?: RoomView): StreamState {
  const [state, setState] = useState<StreamState>({ status: 'connecting', room: initial });
  useEffect(() => {
    if (initial) setState((s) => (s.room && s.room.version >= initial.version ? s : { ...s, room: initial }));
  }, [initial]);
  useEffect(() => {
    const source = new EventSource(`/api/rooms/${encodeURIComponent(roomId)}/events`);
    source.addEventListener('room', (event) => {
      const room = JSON.parse((event as MessageEvent<string>).data) as RoomView;
      setState((s) =>
        s.room && s.room.version > room.version ? { ...s, status: 'live' } : { status: 'live', room },
      );
    });
    source.addEventListener('gone', () => {
      setState((s) => ({ ...s, status: 'gone' }));
      source.close();
    });
    source.onerror = () => setState((s) => (s.status === 'gone' ? s : { ...s, status: 'reconnecting' }));
    return () => source.close();
  }, [roomId]);
  return state;
}
