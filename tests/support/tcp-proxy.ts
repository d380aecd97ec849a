import { connect, createServer, type Socket } from 'node:net';

/** A loopback TCP proxy a test can cut (every connection dropped, new ones refused) and restore. */
export interface TcpProxy {
  port: number;
  /** Drops every open connection and resets new ones until `restore()`: the database "goes away". */
  cut: () => void;
  restore: () => void;
  close: () => Promise<void>;
}

/**
 * Starts a proxy on a free 127.0.0.1 port forwarding to `target` (PostgreSQL in the recovery tests), so
 * a test can make the real database unreachable for one server without stopping it for anyone else.
 *
 * @example
 * const proxy = await tcpProxy({ host: '127.0.0.1', port: 5432 });
 * proxy.cut(); await sleep(1000); proxy.restore();
 */
export async function tcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<Socket>();
  let down = false;
  const server = createServer((client) => {
    if (down) {
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(target.port, target.host);
    open.add(client);
    open.add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    cut() {
      down = true;
      for (const socket of open) socket.resetAndDestroy();
      open.clear();
    },
    restore() {
      down = false;
    },
    close: () =>
      new Promise<void>((ok) => {
        for (const socket of open) socket.destroy();
        server.close(() => ok());
      }),
  };
}
