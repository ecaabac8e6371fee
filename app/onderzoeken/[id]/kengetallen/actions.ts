'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { saveKengetallen, type KengetalChange, type SaveKengetallenResult } from '@/db/queries/kengetallen';
import { requireStudyRole } from '@/app/access';

export async function saveKengetallenAction(studyId: number, changes: KengetalChange[]): Promise<SaveKengetallenResult> {
  const { actor } = await requireStudyRole(studyId);
  if (!Array.isArray(changes) || changes.length === 0) return { ok: false, formError: 'Er is niets gewijzigd.', fieldErrors: {} };
  const result = saveKengetallen(getDb(), studyId, changes, actor);
  if (result.ok) revalidatePath(`/onderzoeken/${studyId}`, 'layout');
  return result;
}
