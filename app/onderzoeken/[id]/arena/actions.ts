'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { createGroupCanvas, mergeGroupCanvases, saveCanvas, type ArenaSaveResult } from '@/db/queries/arena';
import { checkStudyAccess } from '@/app/access';
import type { ActionResult } from '@/app/action-result';
import { arenaGroupSchema } from '@/lib/arena/group-schema';

const ids = z.object({ studyId: z.number().int().positive(), canvasId: z.number().int().positive().nullable(), baseRevision: z.number().int().min(0) });

/** Autosave of a canvas; a stale revision is refused (the editor then offers to reload). */
export async function saveArenaAction(studyId: number, canvasId: number | null, doc: unknown, baseRevision: number): Promise<ArenaSaveResult> {
  const p = ids.safeParse({ studyId, canvasId, baseRevision });
  if (!p.success) return { ok: false, message: 'Ongeldig verzoek.' };
  // A value, not a redirect: an expired session must not navigate away from unsaved canvas edits.
  const access = await checkStudyAccess(studyId);
  if (!access.ok) return { ok: false, message: access.message };
  const { actor } = access.access;
  const result = saveCanvas(getDb(), { studyId, canvasId, doc, baseRevision, actor });
  // The uitvoerscherm shows the study canvas's effects per MKBA line.
  if (result.ok) revalidatePath(`/onderzoeken/${studyId}`, 'layout');
  return result;
}

export async function createGroupAction(studyId: number, values: unknown): Promise<ActionResult<{ id: number }>> {
  const access = await checkStudyAccess(studyId);
  if (!access.ok) return { ok: false, formError: access.message };
  const { actor } = access.access;
  const parsed = arenaGroupSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const id = createGroupCanvas(getDb(), studyId, parsed.data.name, parsed.data.fromTemplate, actor);
  revalidatePath(`/onderzoeken/${studyId}/arena`, 'layout');
  return { ok: true, data: { id } };
}

export async function mergeGroupsAction(studyId: number, groupIds: number[], baseRevision: number): Promise<ArenaSaveResult> {
  const access = await checkStudyAccess(studyId);
  if (!access.ok) return { ok: false, message: access.message };
  const { actor } = access.access;
  const p = z.object({ groupIds: z.array(z.number().int().positive()).max(50), baseRevision: z.number().int().min(0) }).safeParse({ groupIds, baseRevision });
  if (!p.success) return { ok: false, message: 'Ongeldig verzoek.' };
  const result = mergeGroupCanvases(getDb(), studyId, p.data.groupIds, p.data.baseRevision, actor);
  if (result.ok) revalidatePath(`/onderzoeken/${studyId}`, 'layout');
  return result;
}
