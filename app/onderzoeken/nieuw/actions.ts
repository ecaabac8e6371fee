'use server';

import { grantMembership, listMemberships } from '@/db/queries/users';
import { insertStudy } from '@/db/queries/studies';
import { inTransaction } from '@/db/client';
import { mayCreateStudy } from '@/lib/auth/permissions';
import { Refusal } from '@/lib/refusal';
import { studyInputSchema } from '@/lib/study/study-schema';
import { userAction } from '@/app/action';

/** Creates a study; the researcher who creates it can open it (a beheerder sees every study anyway). */
export const createStudy = userAction({ schema: studyInputSchema, revalidate: '/' }, ({ db, user, input, actor }) => {
  if (!mayCreateStudy(user, listMemberships(db, user.id))) {
    throw new Refusal('Alleen een beheerder of onderzoeker kan een onderzoek aanmaken.');
  }
  const id = inTransaction(db, () => {
    const studyId = insertStudy(db, input, actor);
    if (!user.isAdmin) grantMembership(db, { username: actor, studyId, role: 'onderzoeker' }, actor);
    return studyId;
  });
  return { id };
});
