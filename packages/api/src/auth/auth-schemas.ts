import { z } from 'zod';

/** POST /api/auth/login: an e-mail and a password. */
export const Credentials = z
  .object({ email: z.string().min(3).max(320), password: z.string().min(1).max(1024) })
  .strict();
/** POST /api/auth/setup: the first account's e-mail, password and name. */
export const SetupBody = Credentials.extend({ name: z.string().trim().min(1).max(120) }).strict();
