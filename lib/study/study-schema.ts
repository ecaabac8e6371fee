import { z } from 'zod';
import { noPersonalData } from '../privacy/guard';

const optionalCount = z
  .union([
    z.literal(''),
    z.coerce
      .number({ error: 'Vul een getal in.' })
      .int('Vul een geheel getal in.')
      .min(1, 'Moet minstens 1 zijn.')
      .max(10_000_000, 'Dat is te groot.'),
  ])
  .transform((v) => (v === '' ? null : v));

/** One schema for the new-study form (client and server) and `study create` on the CLI. */
export const studyInputSchema = z.object({
  name: z
    .string({ error: 'Vul een naam in.' })
    .trim()
    .min(3, 'De naam moet minstens 3 tekens hebben.')
    .max(120, 'De naam mag hoogstens 120 tekens hebben.')
    .superRefine(noPersonalData('De naam van het onderzoek')),
  municipality: z
    .string({ error: 'Vul de gemeente in.' })
    .trim()
    .min(2, 'Vul de gemeente in.')
    .max(80, 'Hoogstens 80 tekens.')
    .superRefine(noPersonalData('De gemeente')),
  year: z.coerce
    .number({ error: 'Vul een jaar in.' })
    .int('Vul een jaartal in.')
    .min(2000, 'Jaar moet tussen 2000 en 2100 liggen.')
    .max(2100, 'Jaar moet tussen 2000 en 2100 liggen.'),
  households: optionalCount,
  clients: optionalCount,
});

export type StudyInput = z.output<typeof studyInputSchema>;
export type StudyFormValues = z.input<typeof studyInputSchema>;
