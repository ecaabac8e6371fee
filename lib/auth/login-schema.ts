/** Form schemas for login and passwords: zod only, shared by the browser forms and the server actions. */
import { z } from 'zod';

export const newPasswordSchema = z
  .object({
    password: z
      .string()
      .min(10, 'Kies een wachtwoord van minstens 10 tekens.')
      .max(200, 'Het wachtwoord mag hoogstens 200 tekens hebben.'),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'De wachtwoorden verschillen.' });

export const loginSchema = z.object({
  username: z.string().trim().min(1, 'Vul je gebruikersnaam in.').max(100),
  password: z.string().min(1, 'Vul je wachtwoord in.').max(200),
});

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{2,40}$/, 'Gebruikersnaam: 2–40 tekens, alleen a–z, 0–9, punt, streepje of liggend streepje.');
