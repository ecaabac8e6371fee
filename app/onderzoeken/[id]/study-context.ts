import 'server-only';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { findStudyByParam } from '@/db/queries/studies';
import { requireStudyRole, type StudyAccess, type StudyRole } from '@/app/access';

/**
 * Resolves the [id] segment to a study the user may see, or the login page / 404. Default:
 * researchers (and beheerders) only; pages a team lead may open pass ['onderzoeker', 'teamleider'].
 * The access (actor, role, teamIds) is on the result as `access`.
 */
export async function loadStudy(params: Promise<{ id: string }>, roles: StudyRole[] = ['onderzoeker']) {
  const { id } = await params;
  const study = findStudyByParam(getDb(), id);
  if (!study) {
    await requireStudyRole(-1, roles); // not logged in → login first; logged in → 404 below
    notFound();
  }
  const access: StudyAccess = await requireStudyRole(study.id, roles);
  return Object.assign(study, { access });
}
