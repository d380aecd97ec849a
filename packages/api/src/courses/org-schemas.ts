import { z } from 'zod';
import { ROLES } from './schema';

// Request bodies of the organisation routes: validated at the edge and documented in the OpenAPI table.

export const RoleSchema = z.enum(ROLES).meta({ id: 'Role' });
export const SetRolesBody = z.object({ roles: z.array(RoleSchema).max(ROLES.length) }).strict();
