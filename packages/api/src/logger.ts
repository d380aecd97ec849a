import pino, { type Logger } from 'pino';

/**
 * The structured JSON logger. Log ids, codes, routes and timings; never trainee text or choice text.
 *
 * @example
 * const logger = createLogger('info'); logger.info({ runId }, 'run started');
 */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'doorway-api' } });
}
