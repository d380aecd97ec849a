import type { RandomBytes } from '../security/tokens';
import type { Storage } from '../storage/storage';

/**
 * What the `doorway users` and `doorway org` commands need from the outside world, injected so tests run
 * them without a terminal. In its own file because both command files use it (and one calls the other).
 *
 * @example
 * const io: UsersCliIo = { out: console.log, err: console.error, readPassword, openStorage, random, now };
 */
export interface UsersCliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Reads the password: from standard input with --password-stdin, else from a hidden prompt. */
  readPassword: (fromStdin: boolean) => Promise<string | undefined>;
  openStorage: () => Storage;
  random: RandomBytes;
  now: () => Date;
}
