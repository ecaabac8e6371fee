import 'server-only';
import { currentActor } from '@/app/current-actor';

/** Roles within a study; a beheerder (admin) passes every check. */
export type StudyRole = 'onderzoeker' | 'teamleider';

export interface StudyAccess {
  /** The audit-log actor for writes made under this access. */
  actor: string;
  /** null = all teams of the study; a team lead gets only their own team ids. */
  teamIds: number[] | null;
  role: StudyRole | 'beheerder';
}

/**
 * THE access check for every page, action and route that touches a study (issue #5 makes it
 * real: session, membership, team scope). Default: researcher-level access. Pages call it through
 * loadStudy; actions and routes call it directly before reading or writing anything.
 * STUB until #5 lands: everyone is a researcher with all teams.
 */
export async function requireStudyRole(studyId: number, roles: StudyRole[] = ['onderzoeker']): Promise<StudyAccess> {
  void studyId;
  void roles;
  return { actor: await currentActor(), teamIds: null, role: 'onderzoeker' };
}
