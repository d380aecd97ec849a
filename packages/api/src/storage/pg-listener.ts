import pg from 'pg';

/** A PostgreSQL `LISTEN` that survives a dropped connection. */
export interface PgListener {
  /** Resolves once the first `LISTEN` is in place (rejects if the first connection fails). */
  ready: Promise<void>;
  /** How many times the connection was made again after a drop (for tests and logs). */
  reconnects: () => number;
  close(): Promise<void>;
}

export interface PgListenerOptions {
  /** Called after each reconnect, once `LISTEN` is in place again: notifications sent meanwhile are lost. */
  onReconnect?: () => void;
  /** Where a drop and each failed attempt are reported. */
  log?: (message: string) => void;
  /** First delay before connecting again, doubled per failed attempt up to `maxRetryMs`. Default 250. */
  retryMs?: number;
  maxRetryMs?: number;
}

/**
 * Keeps one dedicated connection listening on `channel` and calls `onPayload` for each notification. When
 * the connection drops (database restart, network cut, terminated backend) it connects again with backoff,
 * issues `LISTEN` again and calls `onReconnect`, so the caller can catch up on what it missed (NOTIFY is not
 * queued for absent listeners).
 *
 * @example
 * const l = pgListener(url, 'doorway_rooms', (roomId) => emit(roomId), { onReconnect: reloadAll });
 * await l.ready;
 */
export function pgListener(
  url: string,
  channel: string,
  onPayload: (payload: string) => void,
  options: PgListenerOptions = {},
): PgListener {
  if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`not a plain channel name: ${channel}`);
  const log = options.log ?? ((m: string) => console.error(m));
  const firstDelay = options.retryMs ?? 250;
  const maxDelay = options.maxRetryMs ?? 5000;
  let closed = false;
  let client: pg.Client | undefined;
  let timer: NodeJS.Timeout | undefined;
  let reconnects = 0;
  let delay = firstDelay;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    let dropped = false;
    const drop = (why: string) => {
      if (dropped) return;
      dropped = true;
      next.removeAllListeners('notification');
      void next.end().catch(() => undefined);
      if (client === next) client = undefined;
      if (closed) return;
      log(`${channel}: the LISTEN connection dropped (${why}); connecting again`);
      schedule();
    };
    next.on('error', (err) => drop(err.message));
    next.on('end', () => drop('connection ended'));
    next.on('notification', (msg) => {
      if (msg.channel === channel && msg.payload) onPayload(msg.payload);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
    } catch (err) {
      dropped = true;
      next.removeAllListeners();
      next.on('error', () => undefined);
      void next.end().catch(() => undefined);
      throw err;
    }
    if (closed) {
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    delay = firstDelay;
  };

  const schedule = () => {
    if (closed || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      connect().then(
        () => {
          if (closed) return;
          reconnects += 1;
          options.onReconnect?.();
        },
        (err: unknown) => {
          log(
            `${channel}: could not LISTEN again (${err instanceof Error ? err.message : String(err)}); retrying`,
          );
          delay = Math.min(delay * 2, maxDelay);
          schedule();
        },
      );
    }, delay);
    timer.unref();
  };

  return {
    ready: connect(),
    reconnects: () => reconnects,
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      const current = client;
      client = undefined;
      if (current) await current.end().catch(() => undefined);
    },
  };
}
