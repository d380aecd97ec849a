import type { EngineErrorCode, StepError } from '@doorway/engine';
import { type DomainError, failure } from './domain-error';
import type { ErrorCode } from './error-codes';

/** A table giving every engine refusal code the API code it is sent as. */
export type EngineErrorTable<C extends string = EngineErrorCode> = { readonly [K in C]: ErrorCode };

/**
 * The API code of each engine refusal. Typed by the engine's own union: a code the engine adds is a
 * compile error here until it is mapped to an API code, which the catalogue (error-codes.ts) gives a
 * status and a default message; a code the engine drops is an excess key, also an error.
 *
 * @example
 * engineErrorCodes.stale_beat // 'stale_beat' (409)
 */
export const engineErrorCodes = {
  run_ended: 'run_ended',
  stale_beat: 'stale_beat',
  choice_not_available: 'choice_not_available',
  rewind_not_allowed: 'rewind_not_allowed',
  invalid_rewind: 'invalid_rewind',
} as const satisfies EngineErrorTable;

/** The API codes engine refusals are sent as. */
export type EngineRefusalCode = (typeof engineErrorCodes)[EngineErrorCode];

/**
 * The domain error for an engine refusal: the API code the table maps it to, with what the caller adds
 * (the current view, words more specific than the code's default).
 *
 * @example
 * const next = applyStep(compiled, state, step);
 * if (!next.ok) return engineRefusal(next.error, { view: viewOf(compiled, state) });
 */
export function engineRefusal<M extends Omit<DomainError<EngineRefusalCode>, 'code'> = object>(
  error: StepError,
  more?: M,
): { ok: false; error: M & { code: EngineRefusalCode } } {
  return failure(engineErrorCodes[error.code], more);
}
