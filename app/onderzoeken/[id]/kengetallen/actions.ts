'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { saveKengetallen, type KengetalChange, type SaveKengetallenResult } from '@/db/queries/kengetallen';
import { checkStudyAccess } from '@/app/access';

export async function saveKengetallenAction(studyId: number, changes: KengetalChange[]): Promise<SaveKengetallenResult> {
  // A value, not a redirect: after an expired session the typed values stay in the form.
  const access = await checkStudyAccess(studyId);
  if (!access.ok) return { ok: false, formError: access.message, fieldErrors: {} };
  const { actor } = access.access;
  if (!Array.isArray(changes) || changes.length === 0) return { ok: false, formError: 'Er is niets gewijzigd.', fieldErrors: {} };
  const result = saveKengetallen(getDb(), studyId, changes, actor);
  if (result.ok) revalidatePath(`/onderzoeken/${studyId}`, 'layout');
  return result;
}
