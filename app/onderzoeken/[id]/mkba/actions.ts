'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
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

const overrideInput = z.object({
  target: z.string({ error: 'Kies wat je overschrijft.' }).max(200, 'Kies wat je overschrijft.'),
  value: z.number({ error: 'Vul een getal in.' }).finite('Vul een getal in.').nullable(),
  reason: z.string({ error: 'Geef een reden voor de overschrijving.' }).max(500, 'De reden mag hoogstens 500 tekens hebben.').nullish().transform((r) => r ?? ''),
});
const scenarioId = z.number({ error: 'Dit scenario bestaat niet meer.' }).int('Dit scenario bestaat niet meer.').positive('Dit scenario bestaat niet meer.');

/** Overrides a line or quantity by hand (value null removes the override); a reason is required. */
export async function setOverrideAction(studyId: number, target: string, value: number | null, reason: string): Promise<ActionResult<null>> {
  const a = await actorOf(studyId);
  if (!('actor' in a)) return a;
  const p = overrideInput.safeParse({ target, value, reason });
  if (!p.success) return { ok: false, formError: p.error.issues[0].message };
  return done(studyId, setOverride(getDb(), studyId, p.data.target, p.data.value, p.data.reason, a.actor));
}

export async function addScenarioAction(studyId: number, input: unknown): Promise<ActionResult<{ id: number }>> {
  const a = await actorOf(studyId);
  if (!('actor' in a)) return a;
  return done(studyId, addCustomScenario(getDb(), studyId, input, a.actor));
}

export async function deleteScenarioAction(studyId: number, id: number): Promise<ActionResult<null>> {
  const a = await actorOf(studyId);
  if (!('actor' in a)) return a;
  const p = scenarioId.safeParse(id);
  if (!p.success) return { ok: false, formError: p.error.issues[0].message };
  return done(studyId, deleteCustomScenario(getDb(), studyId, p.data, a.actor));
}
