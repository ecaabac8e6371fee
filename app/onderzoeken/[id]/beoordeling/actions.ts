'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { answerQuestion, approveCase, askQuestion, ReviewRefused, unlockCase } from '@/db/queries/reviews';
import { mayReview, type ReviewAction } from '@/lib/auth/permissions';
import type { ActionResult } from '@/app/action-result';
import { checkStudyAccess, type StudyAccess } from '@/app/access';

/** Access (role + team scope) for one review step, then the write; a refusal becomes a form message. */
async function reviewStep(studyId: number, action: ReviewAction, fn: (a: StudyAccess) => void): Promise<ActionResult<null>> {
  const check = await checkStudyAccess(studyId, ['onderzoeker', 'teamleider']);
  if (!check.ok) return { ok: false, formError: check.message };
  if (!mayReview(check.access.role, action)) return { ok: false, formError: 'Dit mag je rol niet.' };
  try {
    fn(check.access);
  } catch (err) {
    if (err instanceof ReviewRefused) return { ok: false, formError: err.message };
    throw err;
  }
  revalidatePath(`/onderzoeken/${studyId}`, 'layout');
  return { ok: true, data: null };
}

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const int = (v: unknown) => (Number.isInteger(v) ? (v as number) : -1);

export async function askQuestionAction(studyId: number, itemId: number, values: { body: string; questionKey?: string | null }) {
  return reviewStep(studyId, 'vraag', (a) => void askQuestion(getDb(), { studyId, itemId: int(itemId), teamIds: a.teamIds, actor: a.actor,
    body: text(values?.body), questionKey: text(values?.questionKey) || null }));
}

export async function answerQuestionAction(studyId: number, itemId: number, values: { questionId: number; body: string }) {
  return reviewStep(studyId, 'antwoord', (a) => void answerQuestion(getDb(), { studyId, itemId: int(itemId), teamIds: a.teamIds, actor: a.actor,
    questionId: int(values?.questionId), body: text(values?.body) }));
}

export async function approveCaseAction(studyId: number, itemId: number) {
  return reviewStep(studyId, 'goedkeuren', (a) => approveCase(getDb(), { studyId, itemId: int(itemId), teamIds: a.teamIds, actor: a.actor }));
}

export async function unlockCaseAction(studyId: number, itemId: number, values: { reason: string }) {
  return reviewStep(studyId, 'ontgrendelen', (a) => unlockCase(getDb(), { studyId, itemId: int(itemId), teamIds: a.teamIds, actor: a.actor, reason: text(values?.reason) }));
}
