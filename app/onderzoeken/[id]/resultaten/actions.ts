'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { setHouseholdShares } from '@/db/queries/results';
import { householdSharesSchema, type HouseholdSharesInput } from '@/lib/aggregate/shares-schema';
import type { ActionResult } from '@/app/action-result';
import { currentActor } from '@/app/current-actor';

/** Saves the caseload shares for post-stratification, or clears them (null). */
export async function setSharesAction(studyId: number, values: HouseholdSharesInput | null): Promise<ActionResult<null>> {
  let shares: Record<string, number> | null = null;
  if (values) {
    const parsed = householdSharesSchema.safeParse(values);
    if (!parsed.success) return { ok: false, formError: parsed.error.issues[0].message };
    shares = parsed.data;
  }
  setHouseholdShares(getDb(), studyId, shares, await currentActor());
  revalidatePath(`/onderzoeken/${studyId}/resultaten`);
  return { ok: true, data: null };
}
