import 'server-only';
import { requireUser } from '@/app/access';

/**
 * @deprecated Use requireStudyRole(studyId).actor (or checkStudyAccess in actions): that also
 * checks the study membership. Kept for code that only needs the logged-in username.
 */
export async function currentActor(): Promise<string> {
  return (await requireUser()).username;
}
