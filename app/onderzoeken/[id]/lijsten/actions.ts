'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { saveStudyLists, type SaveListsResult } from '@/db/queries/study-lists';
import { currentActor } from '@/app/current-actor';

export async function saveListsAction(studyId: number, values: unknown): Promise<SaveListsResult> {
  const result = saveStudyLists(getDb(), studyId, values, await currentActor());
  if (result.ok) revalidatePath(`/onderzoeken/${studyId}`, 'layout');
  return result;
}
