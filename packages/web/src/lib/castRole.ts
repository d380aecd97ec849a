import { en } from '../i18n/en';

/** A cast role the interface has a word for. */
export type CastRole = keyof typeof en.common.castRoles;

// The English catalog is in the main bundle already: its keys are the roles with words.
const known = new Set(Object.keys(en.common.castRoles));

/**
 * The catalog key of a cast member's role, in words of the interface language (`other` for a role
 * the interface does not know yet).
 *
 * @example
 * t(castRoleKey('interpreter')); // 'interpreter' or 'intérprete'
 */
export function castRoleKey(role: string): `common.castRoles.${CastRole}` {
  return `common.castRoles.${known.has(role) ? (role as CastRole) : 'other'}`;
}
