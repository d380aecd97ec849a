import cluster from 'node:cluster';

/**
 * The primary of a `WORKERS=N` deployment: forks N copies of the server (each opens the same port through
 * node:cluster, which spreads connections between them), forks a replacement when one dies, and on
 * SIGTERM/SIGINT asks every worker to finish its requests and exits when they have. It opens no database
 * and serves nothing itself. Only for PostgreSQL: with SQLite the rate limiters and the workshop feed live
 * in one process's memory, so the server refuses `WORKERS` above 1 before calling this.
 *
 * @example
 * if (config.WORKERS > 1 && cluster.isPrimary) runClusterPrimary(config.WORKERS, console);
 */
export function runClusterPrimary(workers: number, log: Pick<Console, 'log' | 'error'>): void {
  let stopping = false;
  const fork = () => cluster.fork();
  for (let i = 0; i < workers; i++) fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    log.error(`Doorway worker ${worker.process.pid} stopped (${signal ?? `code ${code}`}); starting another`);
    // A worker that dies at once (a bad database URL) would be re-forked in a tight loop: wait a second.
    setTimeout(fork, 1000).unref();
  });
  for (const signal of ['SIGTERM', 'SIGINT'] as const)
    process.once(signal, () => {
      stopping = true;
      const alive = Object.values(cluster.workers ?? {});
      if (alive.length === 0) process.exit(0);
      for (const worker of alive) worker?.process.kill('SIGTERM');
      setTimeout(() => process.exit(0), 8000).unref();
    });
  log.log(`Doorway primary ${process.pid}: ${workers} workers on one port`);
}
