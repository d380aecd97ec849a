import { lazyPage } from './lazyPage';

const WorkshopJoin = lazyPage(() => import('../features/workshop/JoinPage'), 'JoinPage');
const InviteJoin = lazyPage(() => import('../features/join/InviteJoinPage'), 'InviteJoinPage');

/** Workshop room codes are short (at most 12 characters); invite tokens are long random strings. */
export function isInviteToken(value: string | undefined): value is string {
  return value !== undefined && value.length > 12;
}

/**
 * `/join/:code?` serves two links: a workshop room code (short, typed from the screen) and an
 * invite or cohort join link (a long token). The length tells them apart.
 *
 * @example
 * { path: '/join/:code?', component: JoinDispatch }
 */
export function JoinDispatch({ params }: { params: { code?: string } }) {
  return isInviteToken(params.code) ? (
    <InviteJoin params={{ token: params.code }} />
  ) : (
    <WorkshopJoin params={params} />
  );
}
