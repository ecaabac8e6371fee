import { beforeEach, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@/db/client';
import { createDemoStudy, createFirstAdmin, seedIfEmpty } from '@/db/seed';
import {
  beginLoginAttempt,
  countRecentFailures,
  createSession,
  finishLoginAttempt,
  recordLoginAttempt,
  resolveSession,
  revokeUserSessions,
  setSessionLastSeen,
} from '@/db/queries/sessions';
import {
  AccountRefused,
  createUser,
  getUserByUsername,
  grantMembership,
  listMemberships,
  listUsers,
  setUserDisabled,
} from '@/db/queries/users';
import { listAudit } from '@/db/queries/audit';
import { auditLog } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';
import { DEMO_ACCOUNTS } from '@/lib/auth/demo-accounts';
import { IDLE_TIMEOUT_MS } from '@/lib/auth/session-policy';

let db: Db;
beforeEach(() => {
  db = createDb(':memory:');
});

describe('accounts', () => {
  it('creates the first beheerder only on an empty users table, with a one-time password', async () => {
    const first = createFirstAdmin(db)!;
    const admin = getUserByUsername(db, first.username)!;
    expect(admin).toMatchObject({ isAdmin: true, mustChangePassword: true });
    expect(admin.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(admin.passwordHash, first.password)).toBe(true);
    expect(createFirstAdmin(db)).toBeNull();
  });

  it('gives the demo study a researcher and a team lead per team, with the listed passwords', async () => {
    const studyId = createDemoStudy(db);
    const users = listUsers(db);
    expect(users.map((u) => u.username).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.username).sort());
    expect(users.find((u) => u.username === 'tl-beijum')!.memberships).toEqual([
      { studyId, study: expect.any(String), role: 'teamleider', team: 'Beijum' },
    ]);
    expect(await verifyPassword(getUserByUsername(db, 'onderzoeker')!.passwordHash, 'demo-onderzoeker')).toBe(true);
    const second = createDemoStudy(db); // a second demo study reuses the accounts
    expect(listMemberships(db, getUserByUsername(db, 'onderzoeker')!.id).map((m) => m.studyId)).toEqual([
      studyId,
      second,
    ]);
  });

  it('refuses duplicates and unknown teams, and audits grants', () => {
    const studyId = createDemoStudy(db);
    createUser(db, { username: 'Piet', displayName: 'Piet', passwordHash: 'x' }, 'beheerder');
    expect(() => createUser(db, { username: 'piet', displayName: 'P', passwordHash: 'x' }, 'b')).toThrow(
      AccountRefused,
    );
    expect(() => grantMembership(db, { username: 'piet', studyId, role: 'teamleider', team: 'Nergens' }, 'b')).toThrow(
      /bestaat niet/,
    );
    expect(() => grantMembership(db, { username: 'piet', studyId, role: 'teamleider' }, 'b')).toThrow(/team/);
    grantMembership(db, { username: 'piet', studyId, role: 'teamleider', team: 'Hoogkerk' }, 'beheerder');
    expect(
      listAudit(db, studyId, 'member.grant').find((e) => (e.newValue as { username: string }).username === 'piet'),
    ).toMatchObject({ actor: 'beheerder' });
  });
});

describe('sessions', () => {
  it('end after 30 minutes without activity, on revocation and for a disabled account', () => {
    const id = createUser(db, { username: 'a', displayName: 'A', passwordHash: 'x' }, 't');
    const now = Date.now();
    const sid = createSession(db, id, now);
    expect(resolveSession(db, sid, now + 1000)).toMatchObject({ state: 'active', user: { username: 'a' } });
    setSessionLastSeen(db, sid, now - IDLE_TIMEOUT_MS - 1);
    expect(resolveSession(db, sid, now)).toEqual({ state: 'idle' });
    const sid2 = createSession(db, id, now);
    setUserDisabled(db, 'a', true, 't');
    expect(resolveSession(db, sid2, now)).toEqual({ state: 'disabled' });
    setUserDisabled(db, 'a', false, 't');
    revokeUserSessions(db, id, now);
    expect(resolveSession(db, sid2, now)).toEqual({ state: 'revoked' });
    expect(resolveSession(db, 'onbekend', now)).toEqual({ state: 'unknown' });
  });

  it('count failed logins per username and per address, and log every attempt', () => {
    const now = Date.now();
    for (let i = 0; i < 3; i++) recordLoginAttempt(db, { username: 'a', address: '1.1.1.1', ok: false }, now);
    recordLoginAttempt(db, { username: 'b', address: '1.1.1.1', ok: false }, now);
    recordLoginAttempt(db, { username: 'a', address: '2.2.2.2', ok: true }, now);
    expect(countRecentFailures(db, 'a', '1.1.1.1', now)).toEqual({ username: 3, address: 4 });
    expect(countRecentFailures(db, 'a', '1.1.1.1', now + 16 * 60_000)).toEqual({ username: 0, address: 0 });
    const actions = db
      .select()
      .from(auditLog)
      .all()
      .map((e) => e.action);
    expect(actions.filter((a) => a === 'auth.login_failed')).toHaveLength(4);
    expect(actions.filter((a) => a === 'auth.login')).toHaveLength(1);
  });

  it('count an attempt as a failure from its start, so parallel guesses cannot all pass the limit', () => {
    const now = Date.now();
    const ids = Array.from({ length: 5 }, () => beginLoginAttempt(db, { username: 'a', address: '1.1.1.1' }, now));
    expect(countRecentFailures(db, 'a', '1.1.1.1', now)).toEqual({ username: 5, address: 5 });
    finishLoginAttempt(db, ids[0], { username: 'a', address: '1.1.1.1', ok: true, userId: 1 });
    expect(countRecentFailures(db, 'a', '1.1.1.1', now)).toEqual({ username: 4, address: 4 });
    expect(listAudit(db, 0).length).toBe(0);
    expect(
      db
        .select()
        .from(auditLog)
        .all()
        .map((e) => e.action),
    ).toEqual(['auth.login']);
  });

  it('DOSSIER_DEMO=0: an empty database starts without demo studies or demo accounts', () => {
    expect(seedIfEmpty(db, false)).toBeNull();
    expect(listUsers(db)).toEqual([]);
  });
});
