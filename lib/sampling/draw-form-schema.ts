import { z } from 'zod';
import { UNUSABLE_REASONS } from './unusable';

/** Shared by the sample setup form (client) and its server action. Limits as in issue #3. */
export const drawFormSchema = z.object({
  caseworkers: z.array(z.string()).min(1, 'Kies ten minste één teamlid.'),
  perCaseworker: z.coerce
    .number({ error: 'Vul een aantal in.' })
    .int('Vul een geheel getal in.')
    .min(1, 'Minimaal 1 dossier per teamlid.')
    .max(50, 'Maximaal 50 dossiers per teamlid.'),
  reserves: z.coerce
    .number({ error: 'Vul een aantal in.' })
    .int('Vul een geheel getal in.')
    .min(0, 'Minimaal 0.')
    .max(50, 'Maximaal 50 reserves per teamlid.'),
  seed: z
    .string()
    .trim()
    .regex(/^\d{1,10}$/, 'De seed is een geheel getal tussen 0 en 4294967295.')
    .refine((s) => Number(s) <= 4294967295, 'De seed is een geheel getal tussen 0 en 4294967295.'),
  reason: z.string().trim().max(300, 'Hoogstens 300 tekens.').optional(),
});
export type DrawFormValues = z.input<typeof drawFormSchema>;

export const replaceFormSchema = z
  .object({
    dossiernummer: z.string().min(1),
    reason: z.enum(Object.keys(UNUSABLE_REASONS) as [keyof typeof UNUSABLE_REASONS], { error: 'Kies een reden.' }),
    note: z.string().trim().max(300, 'Hoogstens 300 tekens.').optional(),
  })
  .refine((v) => v.reason !== 'overig' || (v.note ?? '') !== '', {
    path: ['note'],
    message: 'Bij "overig" is een toelichting verplicht.',
  });
export type ReplaceFormValues = z.input<typeof replaceFormSchema>;

export const archiveFormSchema = z.object({
  reason: z.string().trim().min(5, 'Geef een reden (minstens 5 tekens).').max(300, 'Hoogstens 300 tekens.'),
});
