import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { listMemberships, type User } from '@/db/queries/users';
import { decideStudyAccess, type EffectiveRole, type StudyRole } from '@/lib/auth/permissions';
import { currentSession, requestPath } from '@/app/auth/session';

export type { StudyRole };

export interface StudyAccess {
  /** The audit-log actor for writes made under this access (the username). */
  actor: string;
  /** null = all teams of the study; a team lead gets only their own team ids. */
  teamIds: number[] | null;
  role: EffectiveRole;
  user: User;
}

export type AccessCheck =
  { ok: true; access: StudyAccess } | { ok: false; status: 401 | 403; message: string; sessionExpired: boolean };

const EXPIRED =
  'Je sessie is verlopen. Log opnieuw in; niet-verzonden antwoorden blijven in deze browser bewaard en worden daarna verstuurd.';
const NOT_LOGGED_IN = 'Je bent niet ingelogd.';
const FORBIDDEN = 'Je hebt geen toegang tot dit onderzoek of dit onderdeel ervan.';

/** The logged-in user, or a 401 reason (never throws): for actions and route handlers. */
export async function checkUser(): Promise<
  { ok: true; user: User } | { ok: false; status: 401; message: string; sessionExpired: boolean }
> {
  const s = await currentSession();
  if (s.state === 'active') {
    if (s.user.mustChangePassword)
      return { ok: false, status: 401, message: 'Wijzig eerst je eenmalige wachtwoord.', sessionExpired: false };
    return { ok: true, user: s.user };
  }
  const expired = s.state === 'idle' || s.state === 'expired';
  return {
    ok: false,
    status: 401,
    message: expired ? EXPIRED : NOT_LOGGED_IN,
    sessionExpired: expired || s.state === 'revoked',
  };
}

/** Non-throwing study access check for server actions and route handlers (401 / 403 as a value). */
export async function checkStudyAccess(studyId: number, roles: StudyRole[] = ['onderzoeker']): Promise<AccessCheck> {
  const u = await checkUser();
  if (!u.ok) return u;
  const decision = Number.isInteger(studyId)
    ? decideStudyAccess(u.user, listMemberships(getDb(), u.user.id), studyId, roles)
    : { ok: false as const };
  if (!decision.ok) return { ok: false, status: 403, message: FORBIDDEN, sessionExpired: false };
  return { ok: true, access: { actor: u.user.username, teamIds: decision.teamIds, role: decision.role, user: u.user } };
}

/** Pages: the logged-in user, else to /inloggen (back here afterwards), or to /wachtwoord for a one-time password. */
export async function requireUser(): Promise<User> {
  const s = await currentSession();
  const back = encodeURIComponent(await requestPath());
  if (s.state !== 'active')
    redirect(`/inloggen?terug=${back}${s.state === 'idle' || s.state === 'expired' ? '&verlopen=1' : ''}`);
  if (s.user.mustChangePassword) redirect(`/wachtwoord?terug=${back}`);
  return s.user;
}

export async function requireAdmin(): Promise<User> {
  const user = await requireUser();
  if (!user.isAdmin) notFound();
  return user;
}

/**
 * THE access check for every page, action and route that touches a study: session, membership
 * and team scope. Default: researcher-level access; a beheerder passes. Not logged in → the
 * login page (then back); no access → 404 (the study's existence is not revealed).
 * Actions and route handlers that must answer with a value use checkStudyAccess instead.
 */
export async function requireStudyRole(studyId: number, roles: StudyRole[] = ['onderzoeker']): Promise<StudyAccess> {
  const user = await requireUser();
  const decision = Number.isInteger(studyId)
    ? decideStudyAccess(user, listMemberships(getDb(), user.id), studyId, roles)
    : { ok: false as const };
  if (!decision.ok) notFound();
  return { actor: user.username, teamIds: decision.teamIds, role: decision.role, user };
}
