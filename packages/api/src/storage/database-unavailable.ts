/**
 * PostgreSQL SQLSTATEs that mean "the database cannot serve this now", not "this request is wrong":
 * class 08 (connection exceptions), 53 (insufficient resources: too many connections, out of memory or
 * disk), 57P01 to 57P05 (admin or crash shutdown, cannot connect now, idle session timeout) and
 * 40001 / 40P01 (serialization failure, deadlock: retrying succeeds).
 */
const UNAVAILABLE_SQLSTATE = /^(08|53|57P0[1-5]$|40001$|40P01$)/;

/** Socket errors of a connection that dropped or could not be made. */
const UNAVAILABLE_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ENOTFOUND',
  // SQLite: another writer held the lock past busy_timeout.
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
]);

/**
 * node-postgres reports a lost connection, a full pool (connectionTimeoutMillis passed while waiting for a
 * client) and a query on a dead client as plain Errors with these messages and no code.
 */
const UNAVAILABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable|Connection ended unexpectedly|terminating connection/i;

/**
 * True when `err` says the database is unreachable, overloaded or restarting (answer 503 with
 * Retry-After and let the client retry), false for anything else (a bug: 500).
 *
 * @example
 * isDatabaseUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })); // true
 * isDatabaseUnavailable(new TypeError('x is undefined')); // false
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_ERRNO.has(code)))
      return true;
    if (UNAVAILABLE_MESSAGE.test(e.message)) return true;
    e = e.cause;
  }
  return false;
}
