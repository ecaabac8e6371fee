'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb, inTransaction } from '@/db/client';
import { revokeUserSessions } from '@/db/queries/sessions';
import { AccountRefused, createUser, getUserByUsername, grantMembership, setPasswordHash, setUserDisabled } from '@/db/queries/users';
import { hashPassword, oneTimePassword } from '@/lib/auth/password';
import { usernameSchema } from '@/lib/auth/login-schema';
import { checkUser } from '@/app/access';

export type AdminState = { ok: boolean; message: string } | null;

/** The admin forms' fields: each a short text (a file or a huge value is refused), at the boundary. */
const text = z.string({ error: 'Ongeldig formulier.' }).max(200, 'Een veld is te lang (hoogstens 200 tekens).').nullable().transform((v) => v ?? '');
const adminForm = z.object(Object.fromEntries(['username', 'displayName', 'studyId', 'role', 'team', 'disable', 'isAdmin'].map((k) => [k, text])));
const studyIdField = z.union([z.literal(''), z.coerce.number().int().positive()], { error: 'Kies een geldig onderzoek.' });

function fields(form: FormData): Record<string, string> {
  // Only the admin fields: Next adds its own ($ACTION_…) entries to a progressively enhanced form.
  const get = (k: string) => (form instanceof FormData ? form.get(k) : null);
  const p = adminForm.safeParse(Object.fromEntries(Object.keys(adminForm.shape).map((k) => [k, get(k)])));
  if (!p.success) throw new AccountRefused(p.error.issues[0].message);
  return p.data;
}
const field = (f: FormData, k: string) => (fields(f)[k] ?? '').trim();
const studyOf = (f: FormData) => {
  const p = studyIdField.safeParse(field(f, 'studyId'));
  if (!p.success) throw new AccountRefused(p.error.issues[0].message);
  return p.data === '' ? 0 : p.data;
};

/** Beheerder only; every account change is audited under the beheerder's name. */
async function asAdmin(fn: (actor: string) => Promise<string> | string): Promise<AdminState> {
  const u = await checkUser();
  if (!u.ok) return { ok: false, message: u.message };
  if (!u.user.isAdmin) return { ok: false, message: 'Alleen een beheerder kan accounts beheren.' };
  try {
    const message = await fn(u.user.username);
    revalidatePath('/beheer');
    return { ok: true, message };
  } catch (err) {
    if (err instanceof AccountRefused) return { ok: false, message: err.message };
    throw err;
  }
}

export async function createUserAction(_: AdminState, form: FormData): Promise<AdminState> {
  return asAdmin(async (actor) => {
    const parsed = usernameSchema.safeParse(field(form, 'username'));
    if (!parsed.success) throw new AccountRefused(parsed.error.issues[0].message);
    const password = oneTimePassword();
    const passwordHash = await hashPassword(password);
    const db = getDb();
    inTransaction(db, () => {
      createUser(db, { username: parsed.data, displayName: field(form, 'displayName') || parsed.data, passwordHash, isAdmin: form.get('isAdmin') === 'on' }, actor);
      const studyId = studyOf(form);
      if (studyId > 0) grantMembership(db, { username: parsed.data, studyId, role: field(form, 'role') === 'teamleider' ? 'teamleider' : 'onderzoeker', team: field(form, 'team') || null }, actor);
    });
    return `Account ${parsed.data} aangemaakt. Eenmalig wachtwoord: ${password} (wordt niet nog eens getoond).`;
  });
}

export async function grantAction(_: AdminState, form: FormData): Promise<AdminState> {
  return asAdmin((actor) => {
    const role = field(form, 'role') === 'teamleider' ? 'teamleider' : 'onderzoeker';
    grantMembership(getDb(), { username: field(form, 'username'), studyId: studyOf(form), role, team: field(form, 'team') || null }, actor);
    return `${field(form, 'username')} is nu ${role} in onderzoek ${field(form, 'studyId')}.`;
  });
}

export async function toggleUserAction(_: AdminState, form: FormData): Promise<AdminState> {
  return asAdmin((actor) => {
    const disable = field(form, 'disable') === '1';
    const user = setUserDisabled(getDb(), field(form, 'username'), disable, actor);
    if (disable) revokeUserSessions(getDb(), user.id);
    return `${user.username} is ${disable ? 'uitgeschakeld' : 'weer actief'}.`;
  });
}

export async function resetPasswordAction(_: AdminState, form: FormData): Promise<AdminState> {
  return asAdmin(async (actor) => {
    const user = getUserByUsername(getDb(), field(form, 'username'));
    if (!user) throw new AccountRefused('Deze gebruiker bestaat niet.');
    const password = oneTimePassword();
    setPasswordHash(getDb(), user.id, await hashPassword(password), true, actor);
    revokeUserSessions(getDb(), user.id);
    return `Nieuw eenmalig wachtwoord voor ${user.username}: ${password}`;
  });
}
