import { Hono } from 'hono';
import { type AccountDeps, checkOrigin, clearSessionCookie } from '../auth/auth-context';
import { requireFacilitator } from '../auth/require-facilitator';
import { ApiError } from '../errors/api-error';
import { erasePerson, soleAdminOf } from './erase-person';
import { myOrganisations } from './my-organisations';
import { deleteMe, getMe, getMeData } from './people-declarations';
import { personData } from './person-data';

/**
 * The signed-in person's own account: who am I (with organisations and roles), download everything stored
 * about me, and erase it (`?confirm=true`; refused for the only admin of an organisation).
 *
 * @example
 * app.route('/', meRoutes(accountDeps));
 */
export function meRoutes(deps: AccountDeps) {
  return new Hono()
    .get(getMe.path, getMe.validate, async (c) => {
      const user = await requireFacilitator(c, deps);
      return c.json({
        user: { id: user.id, name: user.name, email: user.email },
        organisations: await myOrganisations(deps.db, user.id),
      });
    })
    .get(getMeData.path, getMeData.validate, async (c) => {
      const user = await requireFacilitator(c, deps);
      c.header('Content-Disposition', 'attachment; filename="doorway-my-data.json"');
      c.header('Cache-Control', 'no-store');
      return c.json(await personData(deps.db, user.id, deps.now()));
    })
    .delete(deleteMe.path, deleteMe.validate, async (c) => {
      checkOrigin(c, deps);
      const user = await requireFacilitator(c, deps);
      if (c.req.query('confirm') !== 'true')
        throw new ApiError('confirmation_required', {
          message:
            'This deletes your account and all your course data for good. Download it first if you want a copy (GET /api/me/data), then send confirm=true.',
        });
      const sole = await soleAdminOf(deps.db, user.id);
      if (sole.length > 0)
        throw new ApiError('last_admin', {
          message: `You are the only admin of ${sole.join(', ')} Make someone else admin first.`,
        });
      await erasePerson(deps.db, user.id);
      clearSessionCookie(c);
      return c.json({ erased: true });
    });
}
