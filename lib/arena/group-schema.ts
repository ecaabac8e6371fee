/** A workshop group's canvas: shared by the form (zodResolver) and the server action. */
import { z } from 'zod';
import { noPersonalData } from '../privacy/guard';

export const arenaGroupSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Geef de groep een naam')
    .max(60, 'Naam is te lang (max. 60 tekens)')
    .superRefine(noPersonalData('De naam van de groep')),
  fromTemplate: z.boolean(),
});
export type ArenaGroupInput = z.infer<typeof arenaGroupSchema>;
