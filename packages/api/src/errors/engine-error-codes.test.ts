import type { EngineErrorCode, StepError } from '@doorway/engine';
import { describe, expect, it } from 'vitest';
import { type EngineErrorTable, engineErrorCodes, engineRefusal } from './engine-error-codes';
import { errorCodes } from './error-codes';

describe('engine error codes', () => {
  it('maps every engine refusal to an API code with a status and a message', () => {
    for (const code of Object.keys(engineErrorCodes) as EngineErrorCode[]) {
      const spec = errorCodes[engineErrorCodes[code]];
      expect(spec.status).toBe(409);
      expect(spec.message.length).toBeGreaterThan(20);
    }
  });

  it('keeps what the caller adds and takes the mapped code', () => {
    const error: StepError = { code: 'stale_beat', message: 'the engine words' };
    expect(engineRefusal(error, { message: 'Choose again.' })).toEqual({
      ok: false,
      error: { code: 'stale_beat', message: 'Choose again.' },
    });
  });

  it('does not compile while an engine code has no mapping (checked by pnpm typecheck)', () => {
    // The table as it is fits the engine's union exactly.
    const exact = engineErrorCodes satisfies EngineErrorTable<EngineErrorCode>;
    // An engine union with one more code than the table maps: the table no longer type-checks.
    // @ts-expect-error Property 'a_new_refusal' is missing in the table
    const grown = engineErrorCodes satisfies EngineErrorTable<EngineErrorCode | 'a_new_refusal'>;
    expect(exact).toBe(grown);
  });
});
