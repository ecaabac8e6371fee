'use server';

import { setHouseholdShares } from '@/db/queries/results';
import { householdSharesSchema } from '@/lib/aggregate/shares-schema';
import { studyAction } from '@/app/action';

/** Saves the caseload shares for post-stratification, or clears them (null). */
export const setSharesAction = studyAction(
  { schema: householdSharesSchema.nullable(), revalidate: 'resultaten' },
  ({ db, studyId, input, actor }) => {
    setHouseholdShares(db, studyId, input, actor);
    return null;
  },
);
