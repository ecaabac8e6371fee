'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { setHouseholdShares } from '@/db/queries/results';
import { householdSharesSchema, type HouseholdSharesInput } from '@/lib/aggregate/shares-schema';
import type { ActionResult } from '@/app/action-result';
import { checkStudyAccess } from '@/app/access';

/** Saves the caseload shares for post-stratification, or clears them (null). */
export async function setSharesAction(studyId: number, values: HouseholdSharesInput | null): Promise<ActionResult<null>> {
  const check = await checkStudyAccess(studyId);
  if (!check.ok) return { ok: false, formError: check.message };
  let shares: Record<string, number> | null = null;
  if (values) {
    const parsed = householdSharesSchema.safeParse(values);
    if (!parsed.success) return { ok: false, formError: parsed.error.issues[0].message };
    shares = parsed.data;
  }
  setHouseholdShares(getDb(), studyId, shares, check.access.actor);
  revalidatePath(`/onderzoeken/${studyId}/resultaten`);
  return { ok: true, data: null };
}
