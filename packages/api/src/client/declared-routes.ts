import type * as authoring from '../authoring/authoring-declarations';
import type * as progress from '../courses/course-progress-declarations';
import type * as orgs from '../courses/org-declarations';
import type * as people from '../courses/people-declarations';
import type * as inviteMail from '../mail/invite-mail-declarations';
import type { DeclaredRoute } from '../openapi/declare-route';
import type * as catalog from '../routes/catalog-declarations';
import type * as runs from '../routes/run-declarations';
import type * as workshop from '../workshop/workshop-declarations';
import type * as lrs from '../xapi/lrs-declarations';

// Types only: the declaration modules hold server code (error constructors, validators), and the web
// app, which reads its whole contract from here, must not load any of it.

type DeclarationModule =
  | typeof catalog
  | typeof runs
  | typeof workshop
  | typeof orgs
  | typeof people
  | typeof inviteMail
  | typeof progress
  | typeof authoring
  | typeof lrs;

// biome-ignore lint/suspicious/noExplicitAny: any declared route, whatever its schemas.
type AnyRoute = DeclaredRoute<any, any, any, any, any, any, any>;

/** The declared routes exported by one module (distributes over a union of modules). */
type RoutesOf<Module> = Module extends unknown
  ? { [K in keyof Module]: Module[K] extends AnyRoute ? Module[K] : never }[keyof Module]
  : never;

type Route = RoutesOf<DeclarationModule>;

/**
 * Every route the web app may call, by method and path, mapped to its declaration's type: the typed
 * client reads params, body, query and responses from here, so a changed schema is a compile error
 * at each call site.
 *
 * @example
 * type GetRun = DeclaredRoutes['get']['/api/runs/:id']; // typeof getRun
 */
export type DeclaredRoutes = {
  [M in Route['method']]: { [R in Route as R['method'] extends M ? R['path'] : never]: R };
};
