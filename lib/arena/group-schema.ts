/** A workshop group's canvas: shared by the form (zodResolver) and the server action. */
import { z } from 'zod';

export const arenaGroupSchema = z.object({
  name: z.string().trim().min(1, 'Geef de groep een naam').max(60, 'Naam is te lang (max. 60 tekens)'),
  fromTemplate: z.boolean(),
});
export type ArenaGroupInput = z.infer<typeof arenaGroupSchema>;
