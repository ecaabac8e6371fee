import 'server-only';
import { inTransaction, type Db } from '@/db/client';
import { revokeUserSessions } from '@/db/queries/sessions';
import {
  AccountRefused,
  createUser,
  getUserByUsername,
  grantMembership,
  setPasswordHash,
  setUserDisabled,
} from '@/db/queries/users';
import { hashPassword, oneTimePassword } from '@/lib/auth/password';
import type { StudyRole } from '@/lib/auth/permissions';

/**
 * The account steps, one function each, shared by the beheer page's actions and the CLI. Each
 * write is one transaction: an account is never created without its role, nor disabled or given
 * a new password while its sessions live on.
 */

export interface Grant {
  studyId: number;
  role: StudyRole;
  team: string | null;
}

/** A new account with a one-time password (returned once, stored only as a hash), and optionally a role. */
export async function createAccount(
  db: Db,
  input: { username: string; displayName: string; isAdmin: boolean; grant: Grant | null },
  actor: string,
): Promise<{ id: number; username: string; password: string }> {
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password); // before the transaction: hashing takes ~100 ms
  const id = inTransaction(db, () => {
    const userId = createUser(
      db,
      {
        username: input.username,
        displayName: input.displayName || input.username,
        passwordHash,
        isAdmin: input.isAdmin,
        mustChangePassword: true,
      },
      actor,
    );
    if (input.grant) grantMembership(db, { username: input.username, ...input.grant }, actor);
    return userId;
  });
  return { id, username: input.username, password };
}

/** Disables (and ends every session of) or re-enables an account, atomically. */
export function setAccountDisabled(db: Db, username: string, disabled: boolean, actor: string) {
  return inTransaction(db, () => {
    const user = setUserDisabled(db, username, disabled, actor);
    if (disabled) revokeUserSessions(db, user.id);
    return user;
  });
}

/** A new one-time password; the account's sessions end in the same transaction. */
export async function resetAccountPassword(
  db: Db,
  username: string,
  actor: string,
): Promise<{ username: string; password: string }> {
  const user = getUserByUsername(db, username);
  if (!user) throw new AccountRefused(`Gebruiker "${username}" bestaat niet.`);
  const password = oneTimePassword();
  const hash = await hashPassword(password);
  inTransaction(db, () => {
    setPasswordHash(db, user.id, hash, true, actor);
    revokeUserSessions(db, user.id);
  });
  return { username: user.username, password };
}

/** Gives an account a role in a study (a team lead needs a team). */
export function grantRole(db: Db, username: string, grant: Grant, actor: string) {
  return grantMembership(db, { username, ...grant }, actor);
}
