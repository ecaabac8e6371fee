'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { answerQuestion, approveCase, askQuestion, ReviewRefused, unlockCase } from '@/db/queries/reviews';
import { approveCaseworkerCases } from '@/db/queries/review-bulk';
import { mayReview, type ReviewAction } from '@/lib/auth/permissions';
import { answerSchema, questionSchema, unlockSchema } from '@/lib/review/review-schema';
import type { ActionResult } from '@/app/action-result';
import { checkStudyAccess, type StudyAccess } from '@/app/access';

/** Access (role + team scope) for one review step, then the write; a refusal becomes a form message. */
async function reviewStep<T = null>(
  studyId: number,
  action: ReviewAction,
  fn: (a: StudyAccess) => T,
): Promise<ActionResult<T>> {
  const check = await checkStudyAccess(studyId, ['onderzoeker', 'teamleider']);
  if (!check.ok) return { ok: false, formError: check.message };
  if (!mayReview(check.access.role, action)) return { ok: false, formError: 'Dit mag je rol niet.' };
  let data: T;
  try {
    data = fn(check.access);
  } catch (err) {
    if (err instanceof ReviewRefused) return { ok: false, formError: err.message };
    throw err;
  }
  revalidatePath(`/onderzoeken/${studyId}`, 'layout');
  return { ok: true, data };
}

const id = (what: string) =>
  z
    .number({ error: `${what} bestaat niet.` })
    .int(`${what} bestaat niet.`)
    .positive(`${what} bestaat niet.`);
const itemIdSchema = id('Dit dossier');
const askInput = questionSchema.extend({
  questionKey: z.string({ error: 'Kies bij "Over" een vraag uit de lijst.' }).max(200).nullish(),
});
const answerInput = answerSchema.extend({ questionId: id('Deze vraag') });
const bulkInput = z.object({
  caseworkerId: id('Dit teamlid'),
  itemIds: z
    .array(itemIdSchema, { error: 'Kies de dossiers opnieuw.' })
    .min(1, 'Er is niets om goed te keuren.')
    .max(500, 'Te veel dossiers in één keer.'),
});

/** Parses the input at the boundary: a wrong type gets its Dutch message, never a server error or a silent default. */
function parsed<T>(
  schema: z.ZodType<T>,
  value: unknown,
): { ok: true; data: T } | { ok: false; formError: string; fieldErrors?: Record<string, string[] | undefined> } {
  const p = schema.safeParse(value);
  if (p.success) return { ok: true, data: p.data };
  return {
    ok: false,
    formError: p.error.issues[0].message,
    fieldErrors: z.flattenError(p.error).fieldErrors as Record<string, string[] | undefined>,
  };
}

export async function askQuestionAction(
  studyId: number,
  itemId: number,
  values: { body: string; questionKey?: string | null },
): Promise<ActionResult<null>> {
  const item = parsed(itemIdSchema, itemId);
  const v = parsed(askInput, values);
  if (!item.ok) return item;
  if (!v.ok) return v;
  return reviewStep(
    studyId,
    'vraag',
    (a) => (
      askQuestion(getDb(), {
        studyId,
        itemId: item.data,
        teamIds: a.teamIds,
        actor: a.actor,
        body: v.data.body,
        questionKey: v.data.questionKey || null,
      }),
      null
    ),
  );
}

export async function answerQuestionAction(
  studyId: number,
  itemId: number,
  values: { questionId: number; body: string },
): Promise<ActionResult<null>> {
  const item = parsed(itemIdSchema, itemId);
  const v = parsed(answerInput, values);
  if (!item.ok) return item;
  if (!v.ok) return v;
  return reviewStep(
    studyId,
    'antwoord',
    (a) => (
      answerQuestion(getDb(), {
        studyId,
        itemId: item.data,
        teamIds: a.teamIds,
        actor: a.actor,
        questionId: v.data.questionId,
        body: v.data.body,
      }),
      null
    ),
  );
}

export async function approveCaseAction(studyId: number, itemId: number): Promise<ActionResult<null>> {
  const item = parsed(itemIdSchema, itemId);
  if (!item.ok) return item;
  return reviewStep(
    studyId,
    'goedkeuren',
    (a) => (approveCase(getDb(), { studyId, itemId: item.data, teamIds: a.teamIds, actor: a.actor }), null),
  );
}

/** All qualifying cases of one caseworker at once, exactly those the confirmation listed; all or none. */
export async function approveCaseworkerAction(
  studyId: number,
  values: { caseworkerId: number; itemIds: number[] },
): Promise<ActionResult<string[]>> {
  const v = parsed(bulkInput, values);
  if (!v.ok) return v;
  return reviewStep(studyId, 'goedkeuren', (a) =>
    approveCaseworkerCases(getDb(), {
      studyId,
      caseworkerId: v.data.caseworkerId,
      teamIds: a.teamIds,
      actor: a.actor,
      itemIds: v.data.itemIds,
    }),
  );
}

export async function unlockCaseAction(
  studyId: number,
  itemId: number,
  values: { reason: string },
): Promise<ActionResult<null>> {
  const item = parsed(itemIdSchema, itemId);
  const v = parsed(unlockSchema, values);
  if (!item.ok) return item;
  if (!v.ok) return v;
  return reviewStep(
    studyId,
    'ontgrendelen',
    (a) => (
      unlockCase(getDb(), { studyId, itemId: item.data, teamIds: a.teamIds, actor: a.actor, reason: v.data.reason }),
      null
    ),
  );
}
