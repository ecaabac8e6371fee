'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import {
  beginLoginAttempt,
  countRecentFailures,
  finishLoginAttempt,
  recordLoginAttempt,
  revokeUserSessions,
} from '@/db/queries/sessions';
import { getUserByUsername, setPasswordHash } from '@/db/queries/users';
import { writeAudit } from '@/db/queries/audit';
import { loginAllowed } from '@/lib/auth/rate-limit';
import { safeReturnPath } from '@/lib/auth/session-policy';
import { dummyHash, hashPassword, verifyPassword } from '@/lib/auth/password';
import { loginSchema, newPasswordSchema } from '@/lib/auth/login-schema';
import { recordedUsername } from '@/lib/auth/recorded-username';
import { Refusal } from '@/lib/refusal';
import { publicAction, sessionFormAction } from '@/app/action';
import { currentSession, endSession, requestAddress, startSession } from '@/app/auth/session';

const WRONG = 'Gebruikersnaam of wachtwoord klopt niet.';
/** The return path as sent; anything but a short string means "home". */
const backPath = z.string().max(2000).nullish().catch(null);
const currentPassword = z.object({ current: z.string({ error: 'Vul je huidige wachtwoord in.' }).max(200) });

export const loginAction = publicAction(
  { schema: loginSchema, invalid: 'Vul je gebruikersnaam en wachtwoord in.' },
  async (input, back: string | null) => {
    const db = getDb();
    const typed = input.username.toLowerCase();
    // Recorded (attempts, audit log) without personal data: an e-mail address typed as username is pseudonymised.
    const username = recordedUsername(typed);
    const address = await requestAddress();
    if (!loginAllowed(countRecentFailures(db, username, address))) {
      recordLoginAttempt(db, { username, address, ok: false, reason: 'te veel pogingen' });
      throw new Refusal('Te veel mislukte pogingen. Wacht een kwartier en probeer het dan opnieuw.');
    }
    // Counted as a failure at once (no await since the check above), turned into a success below.
    const attempt = beginLoginAttempt(db, { username, address });
    const user = getUserByUsername(db, typed);
    // Verify against a dummy hash for unknown users too, so timing does not reveal which usernames exist.
    const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash()), input.password);
    if (!user || !valid || user.disabledAt != null) {
      finishLoginAttempt(db, attempt, {
        username,
        address,
        ok: false,
        userId: user?.id,
        reason: user?.disabledAt != null && valid ? 'account uitgeschakeld' : 'onjuist',
      });
      throw new Refusal(WRONG);
    }
    finishLoginAttempt(db, attempt, { username, address, ok: true, userId: user.id });
    await startSession(user.id);
    const target = safeReturnPath(backPath.parse(back));
    redirect(user.mustChangePassword ? `/wachtwoord?terug=${encodeURIComponent(target)}` : target);
  },
);

/** Ends the session (whatever its state) and goes to the login page. */
export const logoutAction = sessionFormAction(async () => {
  const s = await currentSession();
  if (s.state === 'active')
    writeAudit(getDb(), { actor: s.user.username, action: 'auth.logout', entity: 'user', entityId: s.user.id });
  await endSession();
  redirect('/inloggen');
});

/** Own password change; required after a one-time password. The current password is asked again. */
const changePasswordInput = z.intersection(newPasswordSchema, currentPassword);

export const changePasswordAction = publicAction(
  { schema: changePasswordInput, invalid: 'Controleer de gemarkeerde velden.' },
  async (input, back: string | null) => {
    const s = await currentSession();
    if (s.state !== 'active') throw new Refusal('Je sessie is verlopen. Log opnieuw in.');
    if (!(await verifyPassword(s.user.passwordHash, input.current)))
      throw new Refusal('Dit is niet je huidige wachtwoord.', { current: ['Dit is niet je huidige wachtwoord.'] });
    if (input.current === input.password)
      throw new Refusal('Kies een ander wachtwoord dan het huidige.', {
        password: ['Kies een ander wachtwoord dan het huidige.'],
      });
    setPasswordHash(getDb(), s.user.id, await hashPassword(input.password), false, s.user.username);
    // A new password ends every session of this user (someone else may hold one); this one starts afresh.
    revokeUserSessions(getDb(), s.user.id);
    await startSession(s.user.id);
    redirect(safeReturnPath(backPath.parse(back)));
  },
);
