import { describe, expect, it } from 'vitest';
import { startServer } from '../support/server';

// server.ts is the only place that reads the environment: a bad value stops start-up with a message that
// names the variable and what is allowed.

describe('server start-up configuration', () => {
  it('refuses a bad PORT and LOG_LEVEL, naming both and what is allowed', async () => {
    const started = startServer({ env: { PORT: 'eighty', LOG_LEVEL: 'loud' } });
    await expect(started).rejects.toThrow(/exited early \(code 1\)/);
    const message = await started.catch((err: Error) => err.message);
    expect(message).toContain('PORT="eighty" is not valid: use a whole number between 1 and 65535');
    expect(message).toContain(
      'LOG_LEVEL="loud" is not valid: use one of fatal, error, warn, info, debug, trace, silent',
    );
  });

  it('refuses a DATABASE_URL that is not PostgreSQL', async () => {
    await expect(startServer({ env: { DATABASE_URL: 'mysql://root@localhost/x' } })).rejects.toThrow(
      /DATABASE_URL="mysql:\/\/root@localhost\/x" is not valid: use a PostgreSQL URL/,
    );
  });
});
