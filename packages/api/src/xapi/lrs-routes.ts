import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import type { AccountDeps } from '../auth/auth-context';
import { requireOrgRole } from '../courses/org-access';
import { ApiError } from '../errors/api-error';
import { deleteOrgsLrs, getOrgsLrs, putOrgsLrs } from './lrs-declarations';
import type { LrsSettings } from './lrs-schemas';

/**
 * An organisation's Learning Record Store (admin only): GET shows the settings without the secret, PUT sets
 * them (a missing secret keeps the stored one), DELETE removes them. Statements already in the outbox stay
 * there and are sent once an LRS is set again.
 *
 * @example
 * app.route('/', lrsRoutes(accountDeps));
 */
export function lrsRoutes(deps: AccountDeps) {
  async function read(orgId: string): Promise<LrsSettings | null> {
    const row = await deps.db
      .selectFrom('organisation_lrs')
      .select(['endpoint', 'lrs_key', 'enabled', 'updated_at'])
      .where('organisation_id', '=', orgId)
      .executeTakeFirst();
    if (!row) return null;
    const pending = await deps.db
      .selectFrom('xapi_outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organisation_id', '=', orgId)
      .where('sent_at', 'is', null)
      .executeTakeFirst();
    const failed = await deps.db
      .selectFrom('xapi_outbox')
      .select('last_error')
      .where('organisation_id', '=', orgId)
      .where('sent_at', 'is', null)
      .where('last_error', 'is not', null)
      .orderBy('next_attempt_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    return {
      endpoint: row.endpoint,
      key: row.lrs_key,
      secretSet: true,
      enabled: Number(row.enabled) === 1,
      updatedAt: row.updated_at,
      pending: Number(pending?.n ?? 0),
      lastError: failed?.last_error ?? null,
    };
  }

  return new Hono()
    .get(getOrgsLrs.path, getOrgsLrs.validate, async (c) => {
      const { orgId } = await requireOrgRole(c, deps, ['admin']);
      return c.json({ lrs: await read(orgId) });
    })
    .put(putOrgsLrs.path, putOrgsLrs.validate, async (c) => {
      const { orgId } = await requireOrgRole(c, deps, ['admin']);
      const body = c.req.valid('json');
      const at = deps.now().toISOString();
      const enabled = body.enabled === false ? 0 : 1;
      const existing = await deps.db
        .selectFrom('organisation_lrs')
        .select('organisation_id')
        .where('organisation_id', '=', orgId)
        .executeTakeFirst();
      if (existing) {
        await deps.db
          .updateTable('organisation_lrs')
          .set({
            endpoint: body.endpoint,
            lrs_key: body.key,
            enabled,
            updated_at: at,
            ...(body.secret === undefined ? {} : { lrs_secret: body.secret }),
          })
          .where('organisation_id', '=', orgId)
          .execute();
      } else {
        if (body.secret === undefined) throw new ApiError('lrs_secret_required');
        await deps.db
          .insertInto('organisation_lrs')
          .values({
            organisation_id: orgId,
            endpoint: body.endpoint,
            lrs_key: body.key,
            lrs_secret: body.secret,
            enabled,
            // Kept for the organisation's lifetime: the same person stays the same actor.
            actor_salt: randomBytes(32).toString('hex'),
            updated_at: at,
          })
          .execute();
      }
      return c.json({ lrs: await read(orgId) });
    })
    .delete(deleteOrgsLrs.path, deleteOrgsLrs.validate, async (c) => {
      const { orgId } = await requireOrgRole(c, deps, ['admin']);
      await deps.db.deleteFrom('organisation_lrs').where('organisation_id', '=', orgId).execute();
      return c.body(null, 204);
    });
}
