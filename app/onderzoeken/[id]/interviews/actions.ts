'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { finishCase, saveAnswers, type FinishResult } from '@/db/queries/answers';
import type { SaveRequest, SaveResponse } from '@/lib/autosave/types';
import { currentActor } from '@/app/current-actor';

const MAX_CHANGES = 200;

/** The autosave endpoint: per key saved, conflict (someone else changed it) or rejected (with a Dutch reason). */
export async function saveAnswersAction(studyId: number, request: SaveRequest): Promise<SaveResponse> {
  if (!Number.isInteger(studyId) || !Number.isInteger(request?.sampleItemId) || !Array.isArray(request.changes)) {
    return { ok: false, message: 'Ongeldig verzoek.' };
  }
  const changes = request.changes.slice(0, MAX_CHANGES).filter((c) => typeof c?.key === 'string' && Number.isInteger(c.baseRevision));
  return saveAnswers(getDb(), { studyId, sampleItemId: request.sampleItemId, changes, actor: await currentActor() });
}

export async function finishCaseAction(studyId: number, sampleItemId: number): Promise<FinishResult> {
  const result = finishCase(getDb(), { studyId, sampleItemId, actor: await currentActor() });
  if (result.ok) revalidatePath(`/onderzoeken/${studyId}`, 'layout');
  return result;
}
