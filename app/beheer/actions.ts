'use server';

import { z } from 'zod';
import { usernameSchema } from '@/lib/auth/login-schema';
import { createAccount, grantRole, resetAccountPassword, setAccountDisabled } from '@/workflow/accounts';
import { adminAction } from '@/app/action';

/** The admin forms' fields: each a short text (a file or a huge value is refused), at the boundary. */
const text = z
  .string({ error: 'Ongeldig formulier.' })
  .max(200, 'Een veld is te lang (hoogstens 200 tekens).')
  .nullable()
  .transform((v) => (v ?? '').trim());
const username = z
  .string({ error: 'Ongeldig formulier.' })
  .nullable()
  .transform((v) => v ?? '')
  .pipe(usernameSchema);
const studyId = z
  .string({ error: 'Kies een geldig onderzoek.' })
  .nullable()
  .transform((v) => (v ?? '').trim())
  .pipe(z.union([z.literal(''), z.coerce.number<string>().int().positive()], { error: 'Kies een geldig onderzoek.' }));
const role = text.transform((r) => (r === 'teamleider' ? ('teamleider' as const) : ('onderzoeker' as const)));

const grantOf = (v: { studyId: number | ''; role: 'onderzoeker' | 'teamleider'; team: string }) =>
  v.studyId === '' ? null : { studyId: v.studyId, role: v.role, team: v.team || null };

export const createUserAction = adminAction(
  { schema: z.object({ username, displayName: text, isAdmin: text, studyId, role, team: text }) },
  async ({ db, input, actor }) => {
    const account = await createAccount(
      db,
      {
        username: input.username,
        displayName: input.displayName,
        isAdmin: input.isAdmin === 'on',
        grant: grantOf(input),
      },
      actor,
    );
    return `Account ${account.username} aangemaakt. Eenmalig wachtwoord: ${account.password} (wordt niet nog eens getoond).`;
  },
);

export const grantAction = adminAction(
  { schema: z.object({ username: text, studyId, role, team: text }) },
  ({ db, input, actor }) => {
    const grant = grantOf(input) ?? { studyId: 0, role: input.role, team: null };
    grantRole(db, input.username, grant, actor);
    return `${input.username} is nu ${input.role} in onderzoek ${input.studyId}.`;
  },
);

export const toggleUserAction = adminAction(
  { schema: z.object({ username: text, disable: text }) },
  ({ db, input, actor }) => {
    const disable = input.disable === '1';
    const user = setAccountDisabled(db, input.username, disable, actor);
    return `${user.username} is ${disable ? 'uitgeschakeld' : 'weer actief'}.`;
  },
);

export const resetPasswordAction = adminAction(
  { schema: z.object({ username: text }) },
  async ({ db, input, actor }) => {
    const r = await resetAccountPassword(db, input.username, actor);
    return `Nieuw eenmalig wachtwoord voor ${r.username}: ${r.password}`;
  },
);
