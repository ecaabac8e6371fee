'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { addCustomScenario, deleteCustomScenario, setOverride } from '@/db/queries/mkba';
import { checkStudyAccess } from '@/app/access';
import type { ActionResult } from '@/app/action-result';

/** The actor, or the Dutch reason (expired session, no access) as the action's form error. */
async function actorOf(studyId: number): Promise<{ actor: string } | { ok: false; formError: string }> {
  const access = await checkStudyAccess(studyId);
  return access.ok ? { actor: access.access.actor } : { ok: false, formError: access.message };
}

const done = <T,>(studyId: number, r: ActionResult<T>) => {
  if (r.ok) revalidatePath(`/onderzoeken/${studyId}/mkba`);
  return r;
};

/** Overrides a line or quantity by hand (value null removes the override); a reason is required. */
export async function setOverrideAction(studyId: number, target: string, value: number | null, reason: string): Promise<ActionResult<null>> {
  const a = await actorOf(studyId);
  if (!('actor' in a)) return a;
  return done(studyId, setOverride(getDb(), studyId, String(target), value, String(reason ?? ''), a.actor));
}

export async function addScenarioAction(studyId: number, input: unknown): Promise<ActionResult<{ id: number }>> {
  const a = await actorOf(studyId);
  if (!('actor' in a)) return a;
  return done(studyId, addCustomScenario(getDb(), studyId, input, a.actor));
}

export async function deleteScenarioAction(studyId: number, id: number): Promise<ActionResult<null>> {
  const a = await actorOf(studyId);
  if (!('actor' in a)) return a;
  return done(studyId, deleteCustomScenario(getDb(), studyId, Number(id), a.actor));
}
