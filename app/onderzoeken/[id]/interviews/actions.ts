'use server';

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
  const saved = saveAnswers(getDb(), {
    studyId,
    sampleItemId: parsed.sampleItemId,
    changes: parsed.changes,
    actor: check.access.actor,
  });
  return saved.ok ? { ...saved, outcomes: [...saved.outcomes, ...parsed.rejected] } : saved;
}

/** `confirm`: the quality warnings the researcher confirmed ("klopt"), by id. */
export async function finishCaseAction(
  studyId: number,
  sampleItemId: number,
  confirm: string[] = [],
): Promise<FinishResult> {
  if (
    !Number.isInteger(studyId) ||
    !Number.isInteger(sampleItemId) ||
    !Array.isArray(confirm) ||
    confirm.length > 100 ||
    confirm.some((c) => typeof c !== 'string' || c.length > 200)
  ) {
    return { ok: false, message: 'Ongeldig verzoek.', errors: [] };
  }
  const check = await checkStudyAccess(studyId);
  if (!check.ok) return { ok: false, message: check.message, errors: [] };
  // No revalidatePath: the page opens the next case at once, and a revalidation would make this
  // response re-render the case just finished first (#18: ~100 ms of the "open next case" time).
  // Every interview, review and results page is dynamic (fetched fresh on navigation), so nothing stale is kept.
  return finishCase(getDb(), { studyId, sampleItemId, actor: check.access.actor, confirm });
}
