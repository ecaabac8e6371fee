import { z } from 'zod';

const pct = z.coerce.number({ error: 'Vul een percentage in.' }).min(0, 'Minimaal 0%.').max(100, 'Hoogstens 100%.');

/** Caseload shares per huishoudtype in percent, as the study enters them; they must add up to 100. */
export const householdSharesSchema = z
  .object({ gezin: pct, oudere: pct, overig: pct })
  .refine((v) => Math.abs(v.gezin + v.oudere + v.overig - 100) < 0.5, {
    message: 'De percentages moeten samen 100% zijn.',
    path: ['overig'],
  })
  .transform((v) => ({ gezin: v.gezin / 100, oudere: v.oudere / 100, overig: v.overig / 100 }));

export type HouseholdSharesInput = z.input<typeof householdSharesSchema>;
