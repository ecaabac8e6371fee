'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { finishCase, saveAnswers, type FinishResult } from '@/db/queries/answers';
import type { SaveRequest, SaveResponse } from '@/lib/autosave/types';
import { parseSaveRequest } from '@/lib/autosave/request-schema';
import { checkStudyAccess } from '@/app/access';

/** The autosave endpoint: per key saved, conflict (someone else changed it) or rejected (with a Dutch reason). */
export async function saveAnswersAction(studyId: number, request: SaveRequest): Promise<SaveResponse> {
  const parsed = parseSaveRequest(request);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const check = await checkStudyAccess(studyId);
  if (!check.ok) return { ok: false, message: check.message, sessionExpired: check.status === 401 };
  if (parsed.changes.length === 0) return { ok: true, outcomes: parsed.rejected };
  const saved = saveAnswers(getDb(), { studyId, sampleItemId: parsed.sampleItemId, changes: parsed.changes, actor: check.access.actor });
  return saved.ok ? { ok: true, outcomes: [...saved.outcomes, ...parsed.rejected] } : saved;
}

export async function finishCaseAction(studyId: number, sampleItemId: number): Promise<FinishResult> {
  if (!z.number().int().positive().safeParse(sampleItemId).success) return { ok: false, message: 'Ongeldig verzoek: dossier ontbreekt.', errors: [] };
  const check = await checkStudyAccess(studyId);
  if (!check.ok) return { ok: false, message: check.message, errors: [] };
  const result = finishCase(getDb(), { studyId, sampleItemId, actor: check.access.actor });
  if (result.ok) revalidatePath(`/onderzoeken/${studyId}`, 'layout');
  return result;
}
