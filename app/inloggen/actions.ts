'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { beginLoginAttempt, countRecentFailures, finishLoginAttempt, recordLoginAttempt, revokeUserSessions } from '@/db/queries/sessions';
import { getUserByUsername, setPasswordHash } from '@/db/queries/users';
import { writeAudit } from '@/db/queries/audit';
import { loginAllowed } from '@/lib/auth/rate-limit';
import { safeReturnPath } from '@/lib/auth/session-policy';
import { dummyHash, hashPassword, verifyPassword } from '@/lib/auth/password';
import { loginSchema, newPasswordSchema } from '@/lib/auth/login-schema';
import { recordedUsername } from '@/lib/auth/recorded-username';
import type { ActionResult } from '@/app/action-result';
import { currentSession, endSession, requestAddress, startSession } from '@/app/auth/session';

const WRONG = 'Gebruikersnaam of wachtwoord klopt niet.';
/** The return path as sent; anything but a short string means "home". */
const backPath = z.string().max(2000).nullish().catch(null);
const currentPassword = z.object({ current: z.string({ error: 'Vul je huidige wachtwoord in.' }).max(200) });

export async function loginAction(values: { username: string; password: string }, back: string | null): Promise<ActionResult<null>> {
  const parsed = loginSchema.safeParse(values);
  if (!parsed.success) return { ok: false, formError: 'Vul je gebruikersnaam en wachtwoord in.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const db = getDb();
  const typed = parsed.data.username.toLowerCase();
  // Recorded (attempts, audit log) without personal data: an e-mail address typed as username is pseudonymised.
  const username = recordedUsername(typed);
  const address = await requestAddress();
  if (!loginAllowed(countRecentFailures(db, username, address))) {
    recordLoginAttempt(db, { username, address, ok: false, reason: 'te veel pogingen' });
    return { ok: false, formError: 'Te veel mislukte pogingen. Wacht een kwartier en probeer het dan opnieuw.' };
  }
  // Counted as a failure at once (no await since the check above), turned into a success below.
  const attempt = beginLoginAttempt(db, { username, address });
  const user = getUserByUsername(db, typed);
  // Verify against a dummy hash for unknown users too, so timing does not reveal which usernames exist.
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash()), parsed.data.password);
  if (!user || !valid || user.disabledAt != null) {
    finishLoginAttempt(db, attempt, { username, address, ok: false, userId: user?.id, reason: user?.disabledAt != null && valid ? 'account uitgeschakeld' : 'onjuist' });
    return { ok: false, formError: WRONG };
  }
  finishLoginAttempt(db, attempt, { username, address, ok: true, userId: user.id });
  await startSession(user.id);
  const target = safeReturnPath(backPath.parse(back));
  redirect(user.mustChangePassword ? `/wachtwoord?terug=${encodeURIComponent(target)}` : target);
}

export async function logoutAction(): Promise<void> {
  const s = await currentSession();
  if (s.state === 'active') writeAudit(getDb(), { actor: s.user.username, action: 'auth.logout', entity: 'user', entityId: s.user.id });
  await endSession();
  redirect('/inloggen');
}

/** Own password change; required after a one-time password. The current password is asked again. */
export async function changePasswordAction(values: { current: string; password: string; confirm: string }, back: string | null): Promise<ActionResult<null>> {
  const s = await currentSession();
  if (s.state !== 'active') return { ok: false, formError: 'Je sessie is verlopen. Log opnieuw in.' };
  const parsed = newPasswordSchema.safeParse(values);
  if (!parsed.success) return { ok: false, formError: 'Controleer de gemarkeerde velden.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const current = currentPassword.safeParse(values);
  if (!current.success) return { ok: false, fieldErrors: { current: [current.error.issues[0].message] } };
  if (!(await verifyPassword(s.user.passwordHash, current.data.current))) return { ok: false, fieldErrors: { current: ['Dit is niet je huidige wachtwoord.'] } };
  if (current.data.current === parsed.data.password) return { ok: false, fieldErrors: { password: ['Kies een ander wachtwoord dan het huidige.'] } };
  setPasswordHash(getDb(), s.user.id, await hashPassword(parsed.data.password), false, s.user.username);
  // A new password ends every session of this user (someone else may hold one); this one starts afresh.
  revokeUserSessions(getDb(), s.user.id);
  await startSession(s.user.id);
  redirect(safeReturnPath(backPath.parse(back)));
}
