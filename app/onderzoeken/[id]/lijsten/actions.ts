'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { saveStudyLists, type SaveListsResult } from '@/db/queries/study-lists';
import { checkStudyAccess } from '@/app/access';

export async function saveListsAction(studyId: number, values: unknown): Promise<SaveListsResult> {
  const check = await checkStudyAccess(studyId);
  if (!check.ok) return { ok: false, message: check.message };
  const result = saveStudyLists(getDb(), studyId, values, check.access.actor);
  if (result.ok) revalidatePath(`/onderzoeken/${studyId}`, 'layout');
  return result;
}
