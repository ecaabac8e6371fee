'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { finishCase, saveAnswers, type FinishResult } from '@/db/queries/answers';
import type { SaveRequest, SaveResponse } from '@/lib/autosave/types';
import { checkStudyAccess } from '@/app/access';

const MAX_CHANGES = 200;

/** The autosave endpoint: per key saved, conflict (someone else changed it) or rejected (with a Dutch reason). */
export async function saveAnswersAction(studyId: number, request: SaveRequest): Promise<SaveResponse> {
  if (!Number.isInteger(studyId) || !Number.isInteger(request?.sampleItemId) || !Array.isArray(request.changes)) {
    return { ok: false, message: 'Ongeldig verzoek.' };
  }
  const check = await checkStudyAccess(studyId);
  if (!check.ok) return { ok: false, message: check.message, sessionExpired: check.status === 401 };
  const changes = request.changes.slice(0, MAX_CHANGES).filter((c) => typeof c?.key === 'string' && Number.isInteger(c.baseRevision));
  return saveAnswers(getDb(), { studyId, sampleItemId: request.sampleItemId, changes, actor: check.access.actor });
}

/** `confirm`: the quality warnings the researcher confirmed ("klopt"), by id. */
export async function finishCaseAction(studyId: number, sampleItemId: number, confirm: string[] = []): Promise<FinishResult> {
  if (!Number.isInteger(studyId) || !Number.isInteger(sampleItemId) || !Array.isArray(confirm) || confirm.length > 100 || confirm.some((c) => typeof c !== 'string' || c.length > 200)) {
    return { ok: false, message: 'Ongeldig verzoek.', errors: [] };
  }
  const check = await checkStudyAccess(studyId);
  if (!check.ok) return { ok: false, message: check.message, errors: [] };
  const result = finishCase(getDb(), { studyId, sampleItemId, actor: check.access.actor, confirm });
  if (result.ok) revalidatePath(`/onderzoeken/${studyId}`, 'layout');
  return result;
}
