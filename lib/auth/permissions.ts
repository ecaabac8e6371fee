/**
 * Who may do what in a study. Pure, so the rules are unit-tested apart from sessions and the db:
 * the web app's access check (app/access.ts) and the db-level scope checks both use these.
 */

export type StudyRole = 'onderzoeker' | 'teamleider';
export type EffectiveRole = StudyRole | 'beheerder';

export interface AuthUser {
  id: number;
  username: string;
  isAdmin: boolean;
  disabledAt: number | null;
}

export interface Membership {
  studyId: number;
  role: StudyRole;
  teamId: number | null;
}

export type AccessDecision =
  { ok: true; role: EffectiveRole; teamIds: number[] | null } | { ok: false; reason: 'disabled' | 'no-access' };

/**
 * Decides a user's access to one study for a page or action that allows `allowed` roles.
 * A beheerder passes everything; an onderzoeker sees all teams; a teamleider only the teams
 * of their own memberships (teamIds). Researcher membership wins over team-lead membership.
 */
export function decideStudyAccess(
  user: AuthUser,
  memberships: Membership[],
  studyId: number,
  allowed: StudyRole[],
): AccessDecision {
  if (user.disabledAt != null) return { ok: false, reason: 'disabled' };
  if (user.isAdmin) return { ok: true, role: 'beheerder', teamIds: null };
  const mine = memberships.filter((m) => m.studyId === studyId);
  if (mine.some((m) => m.role === 'onderzoeker') && allowed.includes('onderzoeker'))
    return { ok: true, role: 'onderzoeker', teamIds: null };
  const teamIds = [
    ...new Set(mine.filter((m) => m.role === 'teamleider' && m.teamId != null).map((m) => m.teamId as number)),
  ].sort((a, b) => a - b);
  if (teamIds.length > 0 && allowed.includes('teamleider')) return { ok: true, role: 'teamleider', teamIds };
  return { ok: false, reason: 'no-access' };
}

/** Whether a team is within scope: null = every team of the study. */
export function teamInScope(teamIds: number[] | null, teamId: number | null | undefined): boolean {
  return teamIds === null || (teamId != null && teamIds.includes(teamId));
}

/** Review actions and who may take them (a beheerder may do all). */
export const REVIEW_ACTIONS = {
  vraag: ['teamleider', 'onderzoeker'],
  antwoord: ['onderzoeker'],
  goedkeuren: ['teamleider'],
  ontgrendelen: ['onderzoeker'],
} as const satisfies Record<string, readonly StudyRole[]>;
export type ReviewAction = keyof typeof REVIEW_ACTIONS;

export function mayReview(role: EffectiveRole, action: ReviewAction): boolean {
  return role === 'beheerder' || (REVIEW_ACTIONS[action] as readonly string[]).includes(role);
}

/** A beheerder, or anyone who is a researcher somewhere; the creator becomes the new study's researcher. */
export function mayCreateStudy(user: AuthUser, memberships: Membership[]): boolean {
  return user.disabledAt == null && (user.isAdmin || memberships.some((m) => m.role === 'onderzoeker'));
}

export const ROLE_LABELS: Record<EffectiveRole, string> = {
  beheerder: 'beheerder',
  onderzoeker: 'onderzoeker',
  teamleider: 'teamleider',
};
