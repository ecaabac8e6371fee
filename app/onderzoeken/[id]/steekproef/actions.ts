'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { archiveActiveDraw, SampleRefused, storeNewDraw } from '@/db/queries/sample-draws';
import { replaceCase } from '@/db/queries/sample-items';
import { archiveFormSchema, drawFormSchema, replaceFormSchema, type DrawFormValues, type ReplaceFormValues } from '@/lib/sampling/draw-form-schema';
import type { ActionResult } from '@/app/action-result';
import { checkStudyAccess } from '@/app/access';

/** Runs a write and turns a domain refusal into a form message; anything else stays a server error. */
async function guarded<T>(studyId: number, fn: (actor: string) => T): Promise<ActionResult<T>> {
  const check = await checkStudyAccess(studyId);
  if (!check.ok) return { ok: false, formError: check.message };
  try {
    const data = fn(check.access.actor);
    revalidatePath(`/onderzoeken/${studyId}`, 'layout');
    return { ok: true, data };
  } catch (err) {
    if (err instanceof SampleRefused) return { ok: false, formError: err.message };
    throw err;
  }
}

export async function drawSampleAction(studyId: number, values: DrawFormValues): Promise<ActionResult<{ version: number }>> {
  const parsed = drawFormSchema.safeParse(values);
  if (!parsed.success) return { ok: false, formError: 'Controleer de gemarkeerde velden.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const v = parsed.data;
  return guarded(studyId, (actor) => {
    const row = storeNewDraw(getDb(), { studyId, seed: Number(v.seed), perCaseworker: v.perCaseworker, reserves: v.reserves, caseworkers: v.caseworkers, reason: v.reason, actor });
    return { version: row.version };
  });
}

export async function replaceCaseAction(studyId: number, values: ReplaceFormValues): Promise<ActionResult<{ message: string }>> {
  const parsed = replaceFormSchema.safeParse(values);
  if (!parsed.success) return { ok: false, formError: parsed.error.issues[0].message, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const v = parsed.data;
  return guarded(studyId, (actor) => ({ message: replaceCase(getDb(), { studyId, dossiernummer: v.dossiernummer, reason: v.reason, note: v.note, actor }).message }));
}

export async function archiveDrawAction(studyId: number, values: { reason: string }): Promise<ActionResult<{ version: number }>> {
  const parsed = archiveFormSchema.safeParse(values);
  if (!parsed.success) return { ok: false, formError: parsed.error.issues[0].message, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  return guarded(studyId, (actor) => ({ version: archiveActiveDraw(getDb(), studyId, parsed.data.reason, actor).version }));
}
