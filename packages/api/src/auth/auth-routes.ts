import { Hono } from 'hono';
import { ApiError } from '../errors/api-error';
import { orFail } from '../errors/domain-error';
import { enforceRateLimit } from '../http/rate-limit';
import { createRateLimiter } from '../security/rate-limiter';
import { newId } from '../security/tokens';
import { getAuthStatus, logIn, logOut, setUpAccount } from '../workshop/workshop-declarations';
import {
  type AccountDeps,
  checkOrigin,
  clearSessionCookie,
  sessionToken,
  setSessionCookie,
} from './auth-context';
import { verifyPassword } from './passwords';
import { createSession, deleteSession, resolveSession } from './sessions';
import { countUsers, createUser, findUserByEmail } from './users';

// A real hash of a throwaway password: verifying against it when the e-mail is unknown keeps
// the response time the same, so timing does not reveal which e-mails have accounts.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$EbC1Vn7gDS79A3ShaPkMvw$v8DNaoT2CE0o40AaUX9/mnFTXhVf6ixm4H4ss7qO4+g';

/**
 * Facilitator accounts: first-run set-up, sign-in (rate-limited, session rotated), sign-out, status.
 *
 * @example
 * app.route('/', authRoutes(deps));
 */
export function authRoutes(deps: AccountDeps) {
  const loginLimiter = createRateLimiter(
    deps.limits.login,
    () => deps.now().getTime(),
    deps.limitStore && { store: deps.limitStore, scope: 'login' },
  );

  return new Hono()
    .get(getAuthStatus.path, getAuthStatus.validate, async (c) => {
      const token = sessionToken(c);
      const user = token ? await resolveSession(deps.db, token, deps.now()) : undefined;
      return c.json({ setupNeeded: (await countUsers(deps.db)) === 0, user: user ?? null });
    })
    .post(setUpAccount.path, setUpAccount.validate, async (c) => {
      checkOrigin(c, deps);
      if ((await countUsers(deps.db)) > 0) {
        throw new ApiError('setup_done');
      }
      const body = c.req.valid('json');
      const created = await createUser(deps.db, { id: newId(deps.random), ...body }, deps.now());
      const user = orFail(created);
      setSessionCookie(c, deps.proxy, await createSession(deps.db, user.id, deps.now(), deps.random));
      return c.json({ user }, 201);
    })
    .post(logIn.path, logIn.validate, async (c) => {
      checkOrigin(c, deps);
      await enforceRateLimit(
        c,
        loginLimiter,
        deps.clientAddress(c),
        (s) => `Too many sign-in attempts. Wait ${s} seconds and try again.`,
      );
      const { email, password } = c.req.valid('json');
      const user = await findUserByEmail(deps.db, email);
      const ok = await verifyPassword(user?.password_hash ?? DUMMY_HASH, password);
      if (!user || !ok) throw new ApiError('bad_credentials');
      const previous = sessionToken(c);
      if (previous) await deleteSession(deps.db, previous);
      setSessionCookie(c, deps.proxy, await createSession(deps.db, user.id, deps.now(), deps.random));
      return c.json({ user: { id: user.id, email: user.email, name: user.name } });
    })
    .post(logOut.path, logOut.validate, async (c) => {
      checkOrigin(c, deps);
      const token = sessionToken(c);
      if (token) await deleteSession(deps.db, token);
      clearSessionCookie(c);
      return c.json({ signedOut: true });
    });
}
