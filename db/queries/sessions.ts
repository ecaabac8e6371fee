import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { loginAttempts, sessions, users } from '../schema';
import { writeAudit } from './audit';
import { LOGIN_WINDOW_MS, type FailureCounts } from '@/lib/auth/rate-limit';
import { needsTouch, sessionState, type SessionState } from '@/lib/auth/session-policy';

export function createSession(db: Db, userId: number, now = Date.now()): string {
  const id = randomBytes(32).toString('base64url');
  db.insert(sessions).values({ id, userId, createdAt: now, lastSeenAt: now }).run();
  return id;
}

export type SessionLookup =
  | { state: 'active'; user: typeof users.$inferSelect; sessionId: string }
  | { state: Exclude<SessionState, 'active'> | 'unknown' | 'disabled' };

// Prepared once per connection: every request (each autosave too) resolves its session.
const lookups = new WeakMap<Db, ReturnType<typeof prepareLookups>>();
function prepareLookups(db: Db) {
  return {
    session: db
      .select()
      .from(sessions)
      .where(eq(sessions.id, sql.placeholder('id')))
      .prepare(),
    user: db
      .select()
      .from(users)
      .where(eq(users.id, sql.placeholder('id')))
      .prepare(),
  };
}

/** Resolves a session id to its user, refreshing last_seen_at (throttled); idle or revoked sessions do not count. */
export function resolveSession(db: Db, sessionId: string, now = Date.now(), idleMs?: number): SessionLookup {
  let q = lookups.get(db);
  if (!q) lookups.set(db, (q = prepareLookups(db)));
  const row = q.session.get({ id: sessionId });
  if (!row) return { state: 'unknown' };
  const state = sessionState(row, now, idleMs);
  if (state !== 'active') return { state };
  const user = q.user.get({ id: row.userId });
  if (!user || user.disabledAt != null) return { state: 'disabled' };
  if (needsTouch(row, now)) touchWithoutWaiting(db, sessionId, now);
  return { state: 'active', user, sessionId };
}

/**
 * Refreshes last_seen_at unless another connection holds the write lock: a large import in a
 * worker thread holds it for seconds, and waiting (busy_timeout) would block every request on
 * this thread. The touch is throttled to once a minute anyway, so a skipped one only delays it.
 */
function touchWithoutWaiting(db: Db, sessionId: string, now: number): void {
  const previous = db.$client.pragma('busy_timeout', { simple: true }) as number;
  db.$client.pragma('busy_timeout = 0');
  try {
    db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, sessionId)).run();
  } catch (err) {
    if ((err as { code?: string }).code !== 'SQLITE_BUSY') throw err;
  } finally {
    db.$client.pragma(`busy_timeout = ${previous}`);
  }
}

export function revokeSession(db: Db, sessionId: string, now = Date.now()): void {
  db.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, sessionId)).run();
}

/** Ends every session of a user (disabled account, password change elsewhere). */
export function revokeUserSessions(db: Db, userId: number, now = Date.now()): void {
  db.update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), sql`${sessions.revokedAt} is null`))
    .run();
}

/** Test and tooling hook: pretend the session was last used at `at` (to test the idle timeout). */
export function setSessionLastSeen(db: Db, sessionId: string, at: number): void {
  db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, sessionId)).run();
}

export function countRecentFailures(db: Db, username: string, address: string, now = Date.now()): FailureCounts {
  const since = now - LOGIN_WINDOW_MS;
  const count = (col: typeof loginAttempts.username | typeof loginAttempts.address, v: string) =>
    db
      .select({ n: sql<number>`count(*)` })
      .from(loginAttempts)
      .where(and(eq(col, v), eq(loginAttempts.ok, false), gt(loginAttempts.at, since)))
      .get()!.n;
  return { username: count(loginAttempts.username, username), address: count(loginAttempts.address, address) };
}

/**
 * Starts an attempt counted as a failure, before the (slow, asynchronous) password check: the
 * limit check and this insert run without a pause between them, so parallel guesses cannot all
 * pass the check before any failure is counted. `finishLoginAttempt` records the outcome.
 */
export function beginLoginAttempt(db: Db, input: { username: string; address: string }, now = Date.now()): number {
  return db
    .insert(loginAttempts)
    .values({ username: input.username, address: input.address, ok: false, at: now })
    .returning({ id: loginAttempts.id })
    .get().id;
}

export function finishLoginAttempt(
  db: Db,
  id: number,
  input: { username: string; address: string; ok: boolean; userId?: number; reason?: string },
): void {
  if (input.ok) db.update(loginAttempts).set({ ok: true }).where(eq(loginAttempts.id, id)).run();
  writeAudit(db, {
    actor: input.username,
    action: input.ok ? 'auth.login' : 'auth.login_failed',
    entity: 'user',
    entityId: input.userId ?? null,
    newValue: { address: input.address, ...(input.reason ? { reason: input.reason } : {}) },
  });
}

/** Every attempt is kept (rate limiting and the audit trail); a success also goes to the audit log. */
export function recordLoginAttempt(
  db: Db,
  input: { username: string; address: string; ok: boolean; userId?: number; reason?: string },
  now = Date.now(),
): void {
  db.insert(loginAttempts).values({ username: input.username, address: input.address, ok: input.ok, at: now }).run();
  writeAudit(db, {
    actor: input.username,
    action: input.ok ? 'auth.login' : 'auth.login_failed',
    entity: 'user',
    entityId: input.userId ?? null,
    newValue: { address: input.address, ...(input.reason ? { reason: input.reason } : {}) },
  });
}
