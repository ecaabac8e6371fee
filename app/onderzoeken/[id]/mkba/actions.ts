'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { addCustomScenario, deleteCustomScenario, setOverride } from '@/db/queries/mkba';
import { requireStudyRole } from '@/app/access';
import type { ActionResult } from '@/app/action-result';

const done = <T,>(studyId: number, r: ActionResult<T>) => {
  if (r.ok) revalidatePath(`/onderzoeken/${studyId}/mkba`);
  return r;
};

/** Overrides a line or quantity by hand (value null removes the override); a reason is required. */
export async function setOverrideAction(studyId: number, target: string, value: number | null, reason: string): Promise<ActionResult<null>> {
  const { actor } = await requireStudyRole(studyId);
  return done(studyId, setOverride(getDb(), studyId, String(target), value, String(reason ?? ''), actor));
}

export async function addScenarioAction(studyId: number, input: unknown): Promise<ActionResult<{ id: number }>> {
  const { actor } = await requireStudyRole(studyId);
  return done(studyId, addCustomScenario(getDb(), studyId, input, actor));
}

export async function deleteScenarioAction(studyId: number, id: number): Promise<ActionResult<null>> {
  const { actor } = await requireStudyRole(studyId);
  return done(studyId, deleteCustomScenario(getDb(), studyId, Number(id), actor));
}
