'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb, inTransaction } from '@/db/client';
import { grantMembership, listMemberships } from '@/db/queries/users';
import { mayCreateStudy } from '@/lib/auth/permissions';
import { insertStudy } from '@/db/queries/studies';
import { studyInputSchema, type StudyFormValues } from '@/lib/study/study-schema';
import type { ActionResult } from '@/app/action-result';
import { checkUser } from '@/app/access';

export async function createStudy(values: StudyFormValues): Promise<ActionResult<{ id: number }>> {
  const u = await checkUser();
  if (!u.ok) return { ok: false, formError: u.message };
  if (!mayCreateStudy(u.user, listMemberships(getDb(), u.user.id))) return { ok: false, formError: 'Alleen een beheerder of onderzoeker kan een onderzoek aanmaken.' };
  const parsed = studyInputSchema.safeParse(values);
  if (!parsed.success) {
    return { ok: false, formError: 'Controleer de gemarkeerde velden.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  const db = getDb();
  const id = inTransaction(db, () => {
    const studyId = insertStudy(db, parsed.data, u.user.username);
    // The researcher who creates a study can open it; a beheerder sees every study anyway.
    if (!u.user.isAdmin) grantMembership(db, { username: u.user.username, studyId, role: 'onderzoeker' }, u.user.username);
    return studyId;
  });
  revalidatePath('/');
  redirect(`/onderzoeken/${id}`);
}
