import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('parseEnv', () => {
  it('fills defaults and resolves DATA_DIR against the repo root', () => {
    const r = parseEnv({}, '/repo');
    expect(r).toMatchObject({
      ok: true,
      value: {
        PORT: 3000,
        HOST: '127.0.0.1',
        dataDir: '/repo/data',
        LOG_LEVEL: 'info',
        SQLITE_SYNC: 'normal',
      },
    });
    if (r.ok) {
      expect(r.value.DATABASE_URL).toBeUndefined();
      expect(r.value.TRUST_PROXY).toBe(false);
      expect(r.value.ALLOWED_ORIGINS).toEqual([]);
    }
  });

  it('treats empty values as unset (the e2e harness sets DATABASE_URL=)', () => {
    expect(parseEnv({ DATABASE_URL: '', PORT: '' }, '/repo')).toMatchObject({
      ok: true,
      value: { PORT: 3000 },
    });
  });

  it('reads every variable', () => {
    const r = parseEnv(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        DATABASE_URL: 'postgres://root@127.0.0.1:5432/test',
        DATA_DIR: '/var/doorway',
        LOG_LEVEL: 'warn',
        TRUST_PROXY: 'true',
        ALLOWED_ORIGINS: 'http://localhost:5173, http://127.0.0.1:5173',
        RATE_LIMIT_RUNS_PER_MINUTE: '0',
        SQLITE_SYNC: 'full',
      },
      '/repo',
    );
    expect(r).toMatchObject({
      ok: true,
      value: {
        PORT: 8080,
        dataDir: '/var/doorway',
        TRUST_PROXY: true,
        ALLOWED_ORIGINS: ['http://localhost:5173', 'http://127.0.0.1:5173'],
        RATE_LIMIT_RUNS_PER_MINUTE: 0,
        SQLITE_SYNC: 'full',
      },
    });
  });

  it('names each bad variable and what is allowed', () => {
    const r = parseEnv({ PORT: 'eighty', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' }, '/repo');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toHaveLength(3);
      expect(r.error.join('\n')).toMatch(/PORT="eighty".*whole number between 1 and 65535/);
      expect(r.error.join('\n')).toMatch(/LOG_LEVEL="loud".*fatal, error, warn/);
      expect(r.error.join('\n')).toMatch(/DATABASE_URL="mysql:\/\/x".*PostgreSQL URL/);
    }
  });

  it('refuses a port out of range', () => {
    expect(parseEnv({ PORT: '70000' }, '/repo').ok).toBe(false);
  });

  it('sizes the PostgreSQL pool and switches the hot path, with readable refusals', () => {
    expect(parseEnv({}, '/repo')).toMatchObject({
      ok: true,
      value: { PG_POOL_MAX: 20, STORAGE_FAST_PATH: true },
    });
    expect(parseEnv({ PG_POOL_MAX: '64', STORAGE_FAST_PATH: 'false' }, '/repo')).toMatchObject({
      ok: true,
      value: { PG_POOL_MAX: 64, STORAGE_FAST_PATH: false },
    });
    const r = parseEnv({ PG_POOL_MAX: '0', STORAGE_FAST_PATH: 'maybe' }, '/repo');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.join('\n')).toMatch(/PG_POOL_MAX="0".*between 1 and 500/);
      expect(r.error.join('\n')).toMatch(/STORAGE_FAST_PATH="maybe".*true or false/);
    }
  });
  it('reads SMTP settings and needs both; a bad SMTP_URL is reported without its password', () => {
    const on = parseEnv(
      { SMTP_URL: 'smtps://doorway:p%40ss@mail.example.org:465', SMTP_FROM: 'Doorway <doorway@example.org>' },
      '/repo',
    );
    expect(on).toMatchObject({ ok: true, value: { SMTP_MAX_ATTEMPTS: 8, SMTP_RETRY_BASE_MS: 30_000 } });
    const off = parseEnv({ SMTP_URL: '', SMTP_FROM: '' }, '/repo');
    expect(off.ok && off.value.SMTP_URL).toBeUndefined();
    const urlOnly = parseEnv({ SMTP_URL: 'smtp://mail.example.org:587' }, '/repo');
    expect(urlOnly.ok).toBe(false);
    if (!urlOnly.ok) expect(urlOnly.error.join('\n')).toContain('SMTP_FROM');
    const fromOnly = parseEnv({ SMTP_FROM: 'doorway@example.org' }, '/repo');
    expect(fromOnly.ok).toBe(false);
    if (!fromOnly.ok) expect(fromOnly.error.join('\n')).toContain('SMTP_URL');
    const bad = parseEnv(
      { SMTP_URL: 'http://me:hunter2@mail.example.org', SMTP_FROM: 'not an address' },
      '/repo',
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      const text = bad.error.join('\n');
      expect(text).toContain('SMTP_URL (value not shown) is not valid: use smtp://');
      expect(text).toContain('SMTP_FROM="not an address" is not valid');
      expect(text).not.toContain('hunter2');
    }
  });
});
