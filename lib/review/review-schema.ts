/** Form schemas of the review steps, shared by the browser forms and the server's own checks. */
import { z } from 'zod';
import { noPersonalData } from '../privacy/guard';

const body = (what: string) =>
  z
    .string()
    .trim()
    .min(3, `${what} is te kort.`)
    .max(2000, `${what} mag hoogstens 2000 tekens hebben.`)
    .superRefine(noPersonalData(what));

export const questionSchema = z.object({ body: body('De vraag'), questionKey: z.string().optional() });
export const answerSchema = z.object({ body: body('Het antwoord') });
export const unlockSchema = z.object({ reason: body('De reden') });
