import type { Db } from '@/db/client';
import { listUsers, revokeMembership } from '@/db/queries/users';
import { Refusal } from '@/lib/refusal';
import { createAccount, grantRole, resetAccountPassword, setAccountDisabled } from '@/workflow/accounts';
import { usernameSchema } from '@/lib/auth/login-schema';
import type { StudyRole } from '@/lib/auth/permissions';
import { CliError, print, table, type CliContext } from '../io';
import { requireStudy } from './study-flag';

type Flags = Record<string, string | boolean | undefined>;
const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

function username(flags: Flags): string {
  const parsed = usernameSchema.safeParse(str(flags.username) ?? '');
  if (!parsed.success) throw new CliError(`--username: ${parsed.error.issues[0].message}`);
  return parsed.data;
}

function role(flags: Flags): StudyRole {
  const r = str(flags.role);
  if (r !== 'onderzoeker' && r !== 'teamleider') throw new CliError('--role moet onderzoeker of teamleider zijn.');
  return r;
}

/** Account refusals are user errors: print them in Dutch, exit 1. */
async function account<T>(fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof Refusal) throw new CliError(err.message);
    throw err;
  }
}

/** user create: a one-time password is printed once; it must be changed at the first login. */
export async function userCreate(db: Db, ctx: CliContext, flags: Flags) {
  const name = username(flags);
  const studyId = flags.study !== undefined ? requireStudy(db, flags as Record<string, string | undefined>) : null;
  const r = studyId != null ? role(flags) : null;
  const grant = studyId != null ? { studyId, role: r!, team: str(flags.team) ?? null } : null;
  const { id, password } = await account(() =>
    createAccount(
      db,
      { username: name, displayName: str(flags.name)?.trim() || name, isAdmin: flags.admin === true, grant },
      ctx.actor,
    ),
  );
  print(
    ctx,
    {
      id,
      username: name,
      oneTimePassword: password,
      isAdmin: flags.admin === true,
      study: studyId,
      role: r,
      team: str(flags.team) ?? null,
    },
    () =>
      `Gebruiker ${name} aangemaakt (id ${id}).\nEenmalig wachtwoord: ${password}\nDit wachtwoord moet bij de eerste keer inloggen worden gewijzigd.`,
  );
}

export function userList(db: Db, ctx: CliContext) {
  const users = listUsers(db);
  print(ctx, users, () =>
    users.length === 0
      ? 'Nog geen gebruikers.'
      : table(
          ['gebruiker', 'naam', 'beheerder', 'status', 'rollen'],
          users.map((u) => [
            u.username,
            u.displayName,
            u.isAdmin ? 'ja' : '',
            u.disabled ? 'uitgeschakeld' : 'actief',
            u.memberships.map((m) => `${m.role}${m.team ? ` (${m.team})` : ''} @${m.studyId}`).join(', '),
          ]),
        ),
  );
}

export async function userDisable(db: Db, ctx: CliContext, flags: Flags, disabled = true) {
  const user = await account(() => setAccountDisabled(db, username(flags), disabled, ctx.actor));
  print(
    ctx,
    { username: user.username, disabled },
    () =>
      `Gebruiker ${user.username} is ${disabled ? 'uitgeschakeld; lopende sessies zijn beëindigd' : 'weer actief'}.`,
  );
}

export async function userGrant(db: Db, ctx: CliContext, flags: Flags) {
  const name = username(flags);
  const studyId = requireStudy(db, flags as Record<string, string | undefined>);
  const r = role(flags);
  const res = await account(() => grantRole(db, name, { studyId, role: r, team: str(flags.team) ?? null }, ctx.actor));
  print(
    ctx,
    { username: name, study: studyId, role: r, team: str(flags.team) ?? null, created: res.created },
    () =>
      `${name} is ${r}${flags.team ? ` van team ${flags.team}` : ''} in onderzoek ${studyId}${res.created ? '' : ' (was al zo)'}.`,
  );
}

export async function userRevoke(db: Db, ctx: CliContext, flags: Flags) {
  const name = username(flags);
  const studyId = requireStudy(db, flags as Record<string, string | undefined>);
  const n = await account(() => revokeMembership(db, { username: name, studyId }, ctx.actor));
  print(
    ctx,
    { username: name, study: studyId, removed: n },
    () => `${n} rol(len) van ${name} in onderzoek ${studyId} ingetrokken.`,
  );
}

/** A new one-time password (forgotten password); every session of the account ends. */
export async function userResetPassword(db: Db, ctx: CliContext, flags: Flags) {
  const user = await account(() => resetAccountPassword(db, username(flags), ctx.actor));
  print(
    ctx,
    { username: user.username, oneTimePassword: user.password },
    () => `Nieuw eenmalig wachtwoord voor ${user.username}: ${user.password}`,
  );
}
