'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { removeKengetalRange, saveKengetallen, setKengetalRange, type KengetalChange, type RangeResult, type SaveKengetallenResult } from '@/db/queries/kengetallen';
import { checkStudyAccess } from '@/app/access';
import { kengetalChangesSchema } from '@/lib/mkba/kengetal-schema';

export async function saveKengetallenAction(studyId: number, changes: KengetalChange[]): Promise<SaveKengetallenResult> {
  // A value, not a redirect: after an expired session the typed values stay in the form.
  const access = await checkStudyAccess(studyId);
  if (!access.ok) return { ok: false, formError: access.message, fieldErrors: {} };
  const { actor } = access.access;
  const parsed = kengetalChangesSchema.safeParse(changes);
  if (!parsed.success) return { ok: false, formError: parsed.error.issues[0].message, fieldErrors: {} };
  const result = saveKengetallen(getDb(), studyId, parsed.data, actor);
  if (result.ok) revalidatePath(`/onderzoeken/${studyId}`, 'layout');
  return result;
}

/** Sets the range (low, high, source) of a kengetal for the probabilistic sensitivity analysis. */
export async function setKengetalRangeAction(studyId: number, input: unknown): Promise<RangeResult> {
  const access = await checkStudyAccess(studyId);
  if (!access.ok) return { ok: false, formError: access.message, fieldErrors: {} };
  const result = setKengetalRange(getDb(), studyId, input, access.access.actor);
  if (result.ok) revalidatePath(`/onderzoeken/${studyId}`, 'layout');
  return result;
}

export async function removeKengetalRangeAction(studyId: number, key: string): Promise<RangeResult> {
  const access = await checkStudyAccess(studyId);
  if (!access.ok) return { ok: false, formError: access.message, fieldErrors: {} };
  const result = removeKengetalRange(getDb(), studyId, String(key), access.access.actor);
  if (result.ok) revalidatePath(`/onderzoeken/${studyId}`, 'layout');
  return result;
}
