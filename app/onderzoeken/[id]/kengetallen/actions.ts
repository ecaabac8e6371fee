'use server';

import { z } from 'zod';
import { removeKengetalRange, saveKengetallen, setKengetalRange } from '@/db/queries/kengetallen';
import { kengetalChangesSchema, kengetalRangeFormSchema } from '@/lib/mkba';
import { unwrap } from '@/lib/refusal';
import { studyAction } from '@/app/action';

// Values, not redirects: after an expired session the typed values stay in the form.

export const saveKengetallenAction = studyAction(
  { schema: kengetalChangesSchema },
  ({ db, studyId, input, actor }) => unwrap(saveKengetallen(db, studyId, input, actor)).data,
);

/** Sets the range (low, high, source) of a kengetal for the probabilistic sensitivity analysis. */
export const setKengetalRangeAction = studyAction(
  { schema: kengetalRangeFormSchema },
  ({ db, studyId, input, actor }) => unwrap(setKengetalRange(db, studyId, input, actor)).data,
);

export const removeKengetalRangeAction = studyAction(
  { schema: z.string({ error: 'Kies een kengetal.' }).max(200, 'Kies een kengetal.') },
  ({ db, studyId, input, actor }) => unwrap(removeKengetalRange(db, studyId, input, actor)).data,
);
