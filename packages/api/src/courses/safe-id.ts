const SAFE = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * Whether a path segment can be an id or token Doorway made (base64url). Anything else (a NUL byte, which
 * PostgreSQL refuses in text, or a long junk string) is answered as not found without reaching the database.
 *
 * @example
 * if (!safeId(c.req.param('inviteId'))) throw new ApiError('invite_not_found');
 */
export function safeId(value: string | undefined): value is string {
  return value !== undefined && SAFE.test(value);
}
