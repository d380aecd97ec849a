import type { Context } from 'hono';
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { streamSSE } from 'hono/streaming';
import QRCode from 'qrcode';
import { type AccountDeps, checkOrigin, setSecureCookie } from '../auth/auth-context';
import { optionalFacilitator, requireFacilitator } from '../auth/require-facilitator';
import { ApiError } from '../errors/api-error';
import { orFail } from '../errors/domain-error';
import { enforceRateLimit } from '../http/rate-limit';
import { expectedOrigin } from '../security/origin';
import { createRateLimiter } from '../security/rate-limiter';
import type { RoomBus } from './room-bus';
import { roomDebriefCsv } from './room-csv';
import { createRoomFeed, type FeedSnapshot, participantViewOf } from './room-feed';
import type { RoomView } from './room-schemas';
import type { WorkshopService } from './room-service';
import type { RoomRecord } from './room-store';
import {
  commandRoom,
  createRoom,
  deleteRoom,
  getMyRoom,
  getRoom,
  getRoomDebrief,
  getRoomDebriefCsv,
  joinRoom,
  listRooms,
  roomEvents,
  setMyRoomLanguage,
  voteInRoom,
} from './workshop-declarations';

const RoomId = /^[A-Za-z0-9_-]{8,64}$/;

/** Seconds between SSE heartbeats: often enough that proxies keep the connection open. */
export const HEARTBEAT_SECONDS = 15;

export interface WorkshopRouteDeps extends AccountDeps {
  workshop: WorkshopService;
  bus: RoomBus;
}

const participantCookie = (roomId: string) => `doorway_p_${roomId}`;

/**
 * Workshop rooms over HTTP: facilitator commands, participant join and votes, room debrief (JSON, CSV),
 * and Server-Sent Events for live screens.
 *
 * @example
 * app.route('/', workshopRoutes(deps));
 */
export function workshopRoutes(deps: WorkshopRouteDeps) {
  const { workshop } = deps;
  const joinLimiter = createRateLimiter(
    deps.limits.join,
    () => deps.now().getTime(),
    deps.limitStore && { store: deps.limitStore, scope: 'join' },
  );
  const feed = createRoomFeed(deps.bus, (roomId) => workshop.feedSnapshot(roomId));

  function roomIdParam(c: Context): string {
    const id = c.req.param('id') ?? '';
    if (!RoomId.test(id)) throw new ApiError('room_not_found');
    return id;
  }

  async function ownRoom(c: Context): Promise<RoomRecord> {
    const user = await requireFacilitator(c, deps);
    return orFail(await workshop.ownedRoom(roomIdParam(c), user.id));
  }

  function participantTokenOf(c: Context, roomId: string): string | undefined {
    const auth = c.req.header('authorization');
    if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
    return getCookie(c, participantCookie(roomId));
  }

  async function requireParticipant(c: Context, roomId: string) {
    const token = participantTokenOf(c, roomId);
    const participant = token ? await workshop.participant(roomId, token) : undefined;
    if (!participant) throw new ApiError('not_a_participant');
    return participant;
  }

  async function joinInfo(c: Context, room: RoomRecord) {
    const joinUrl = `${expectedOrigin(c, deps.proxy)}/join/${room.code}`;
    const qrSvg = await QRCode.toString(joinUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    return { joinUrl, qrSvg };
  }

  return new Hono()
    .get(listRooms.path, listRooms.validate, async (c) => {
      const user = await requireFacilitator(c, deps);
      const rooms = await workshop.listRooms(user.id);
      return c.json({
        rooms: rooms.map((r) => ({
          id: r.id,
          code: r.code,
          scenarioId: r.scenarioId,
          phase: r.phase,
          lang: r.lang,
          createdAt: r.createdAt,
        })),
      });
    })
    .post(createRoom.path, createRoom.validate, async (c) => {
      checkOrigin(c, deps);
      const user = await requireFacilitator(c, deps);
      const body = c.req.valid('json');
      const room = orFail(await workshop.createRoom(user.id, body.scenarioId, body.lang));
      return c.json({ room: await workshop.facilitatorView(room), ...(await joinInfo(c, room)) }, 201);
    })
    .get(getRoom.path, getRoom.validate, async (c) => {
      const room = await ownRoom(c);
      return c.json({ room: await workshop.facilitatorView(room), ...(await joinInfo(c, room)) });
    })
    .delete(deleteRoom.path, deleteRoom.validate, async (c) => {
      checkOrigin(c, deps);
      await workshop.deleteRoom(await ownRoom(c));
      return c.json({ deleted: true });
    })
    .post(commandRoom.path, commandRoom.validate, async (c) => {
      checkOrigin(c, deps);
      const room = await ownRoom(c);
      return c.json({ room: orFail(await workshop.command(room, c.req.valid('json'))) });
    })
    .get(getRoomDebrief.path, getRoomDebrief.validate, async (c) =>
      c.json(await workshop.debrief(await ownRoom(c))),
    )
    .get(getRoomDebriefCsv.path, getRoomDebriefCsv.validate, async (c) => {
      const room = await ownRoom(c);
      const csv = roomDebriefCsv(await workshop.debrief(room));
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="doorway-room-${room.code}.csv"`);
      return c.body(csv);
    })
    .post(joinRoom.path, joinRoom.validate, async (c) => {
      checkOrigin(c, deps);
      await enforceRateLimit(
        c,
        joinLimiter,
        deps.clientAddress(c),
        (s) => `Too many join attempts. Wait ${s} seconds and try again.`,
      );
      const body = c.req.valid('json');
      const joined = orFail(await workshop.join(body.code, body.nickname, body.lang));
      setSecureCookie(c, deps.proxy, participantCookie(joined.roomId), joined.token, 24 * 60 * 60);
      return c.json(
        {
          roomId: joined.roomId,
          code: joined.code,
          nickname: joined.nickname,
          lang: joined.lang,
          participantToken: joined.token,
        },
        201,
      );
    })
    .get(getMyRoom.path, getMyRoom.validate, async (c) => {
      const roomId = roomIdParam(c);
      const participant = await requireParticipant(c, roomId);
      return c.json({ room: orFail(await workshop.participantView(roomId, participant)) });
    })
    .patch(setMyRoomLanguage.path, setMyRoomLanguage.validate, async (c) => {
      checkOrigin(c, deps);
      const roomId = roomIdParam(c);
      const participant = await requireParticipant(c, roomId);
      const changed = orFail(
        await workshop.setParticipantLanguage(roomId, participant, c.req.valid('json').lang),
      );
      return c.json({ room: orFail(await workshop.participantView(roomId, changed)) });
    })
    .post(voteInRoom.path, voteInRoom.validate, async (c) => {
      checkOrigin(c, deps);
      const roomId = roomIdParam(c);
      const participant = await requireParticipant(c, roomId);
      orFail(await workshop.vote(roomId, participant.id, c.req.valid('json').choiceId));
      return c.json({ room: orFail(await workshop.participantView(roomId, participant)) });
    })
    .get(roomEvents.path, roomEvents.validate, async (c) => {
      const roomId = roomIdParam(c);
      // The facilitator's screens and the participants' phones share one stream shape: a `room` event
      // carrying the current view (with `you` for a participant). Its id is the room's version.
      const facilitator = await optionalFacilitator(c, deps);
      let shape: (s: FeedSnapshot) => RoomView;
      if (facilitator) {
        orFail(await workshop.ownedRoom(roomId, facilitator.id));
        shape = (s) => s.view;
      } else {
        const participant = await requireParticipant(c, roomId);
        shape = (s) => participantViewOf(s, participant);
      }
      return streamSSE(c, async (stream) => {
        let lastSent = -1;
        let closed = false;
        let queue = Promise.resolve();
        const send = (snapshot: FeedSnapshot | null) => {
          // In order, newest wins: a burst of changes never sends an older view after a newer one.
          queue = queue.then(async () => {
            if (closed) return;
            if (!snapshot) {
              await stream.writeSSE({ event: 'gone', data: JSON.stringify({ reason: 'deleted' }) });
              closed = true;
              return;
            }
            if (snapshot.view.version <= lastSent) return;
            lastSent = snapshot.view.version;
            await stream.writeSSE({
              event: 'room',
              id: String(lastSent),
              data: JSON.stringify(shape(snapshot)),
            });
          });
        };
        const subscription = feed.subscribe(roomId, send);
        stream.onAbort(() => {
          closed = true;
          subscription.stop();
        });
        // A reconnecting client (Last-Event-ID) always receives the current snapshot first.
        send(await subscription.first);
        while (!closed) {
          await stream.sleep(HEARTBEAT_SECONDS * 1000);
          if (!closed) await stream.write(': heartbeat\n\n');
        }
        subscription.stop();
      });
    });
}
