import { describe, expect, it } from 'vitest';
import { decideStudyAccess, mayCreateStudy, mayReview, teamInScope, type AuthUser } from '@/lib/auth/permissions';
import {
  cookieSecure,
  IDLE_TIMEOUT_MS,
  MAX_SESSION_MS,
  needsTouch,
  safeReturnPath,
  sessionState,
} from '@/lib/auth/session-policy';
import {
  clientAddress,
  loginAllowed,
  MAX_FAILURES_PER_ADDRESS,
  MAX_FAILURES_PER_USERNAME,
} from '@/lib/auth/rate-limit';
import { hashPassword, oneTimePassword, verifyPassword } from '@/lib/auth/password';
import { demoMode } from '@/lib/auth/demo-accounts';
import { recordedUsername } from '@/lib/auth/recorded-username';
import { approveRefusal, countStatuses, reviewStatus } from '@/lib/review/status';

const user = (over: Partial<AuthUser> = {}): AuthUser => ({
  id: 1,
  username: 'u',
  isAdmin: false,
  disabledAt: null,
  ...over,
});

describe('study access', () => {
  it('gives a beheerder everything, a researcher all teams, a team lead only their teams', () => {
    expect(decideStudyAccess(user({ isAdmin: true }), [], 7, ['onderzoeker'])).toEqual({
      ok: true,
      role: 'beheerder',
      teamIds: null,
    });
    expect(decideStudyAccess(user(), [{ studyId: 7, role: 'onderzoeker', teamId: null }], 7, ['onderzoeker'])).toEqual({
      ok: true,
      role: 'onderzoeker',
      teamIds: null,
    });
    const lead = [
      { studyId: 7, role: 'teamleider' as const, teamId: 3 },
      { studyId: 7, role: 'teamleider' as const, teamId: 2 },
      { studyId: 8, role: 'teamleider' as const, teamId: 9 },
    ];
    expect(decideStudyAccess(user(), lead, 7, ['onderzoeker', 'teamleider'])).toEqual({
      ok: true,
      role: 'teamleider',
      teamIds: [2, 3],
    });
  });

  it('refuses a team lead on researcher pages, anyone on another study, and a disabled account', () => {
    const lead = [{ studyId: 7, role: 'teamleider' as const, teamId: 3 }];
    expect(decideStudyAccess(user(), lead, 7, ['onderzoeker'])).toEqual({ ok: false, reason: 'no-access' });
    expect(decideStudyAccess(user(), [{ studyId: 7, role: 'onderzoeker', teamId: null }], 8, ['onderzoeker'])).toEqual({
      ok: false,
      reason: 'no-access',
    });
    expect(decideStudyAccess(user({ isAdmin: true, disabledAt: 1 }), [], 7, ['onderzoeker'])).toEqual({
      ok: false,
      reason: 'disabled',
    });
    expect(decideStudyAccess(user(), [{ studyId: 7, role: 'teamleider', teamId: null }], 7, ['teamleider'])).toEqual({
      ok: false,
      reason: 'no-access',
    });
  });

  it('scopes teams and review steps by role', () => {
    expect(teamInScope(null, 5)).toBe(true);
    expect(teamInScope([1, 2], 2)).toBe(true);
    expect(teamInScope([1, 2], 5)).toBe(false);
    expect(teamInScope([1], null)).toBe(false);
    expect(mayReview('teamleider', 'goedkeuren')).toBe(true);
    expect(mayReview('teamleider', 'ontgrendelen')).toBe(false);
    expect(mayReview('onderzoeker', 'ontgrendelen')).toBe(true);
    expect(mayReview('onderzoeker', 'goedkeuren')).toBe(false);
    expect(mayReview('beheerder', 'goedkeuren')).toBe(true);
    expect(mayCreateStudy(user(), [{ studyId: 1, role: 'teamleider', teamId: 1 }])).toBe(false);
    expect(mayCreateStudy(user(), [{ studyId: 1, role: 'onderzoeker', teamId: null }])).toBe(true);
  });
});

describe('sessions and cookies', () => {
  const t0 = 1_700_000_000_000;
  it('expire after 30 minutes idle, after 12 hours in all, and when revoked', () => {
    const s = { createdAt: t0, lastSeenAt: t0, revokedAt: null };
    expect(sessionState(s, t0 + IDLE_TIMEOUT_MS)).toBe('active');
    expect(sessionState(s, t0 + IDLE_TIMEOUT_MS + 1)).toBe('idle');
    expect(sessionState({ ...s, lastSeenAt: t0 + MAX_SESSION_MS }, t0 + MAX_SESSION_MS + 1)).toBe('expired');
    expect(sessionState({ ...s, revokedAt: t0 }, t0)).toBe('revoked');
    expect(needsTouch(s, t0 + 1000)).toBe(false);
    expect(needsTouch(s, t0 + 60_000)).toBe(true);
  });

  it('are Secure behind HTTPS or when COOKIE_SECURE says so', () => {
    expect(cookieSecure(null, undefined)).toBe(false);
    expect(cookieSecure('https', undefined)).toBe(true);
    expect(cookieSecure('https,http', undefined)).toBe(true);
    expect(cookieSecure('http', '1')).toBe(true);
    expect(cookieSecure('https', '0')).toBe(false);
  });

  it('return only to a path on this site', () => {
    expect(safeReturnPath('/onderzoeken/1?x=2')).toBe('/onderzoeken/1?x=2');
    expect(safeReturnPath('https://evil.example')).toBe('/');
    expect(safeReturnPath('//evil.example')).toBe('/');
    expect(safeReturnPath('/\\evil.example')).toBe('/');
    expect(safeReturnPath(null)).toBe('/');
    // Browsers drop tabs/newlines and read \ as /: each of these would leave the site.
    for (const evil of [
      '/\t/evil.example/phish',
      '/\n/evil.example',
      '/%09/x\\y',
      '/\r\n/evil.example',
      '\t//evil.example',
    ]) {
      expect(safeReturnPath(evil)).toBe('/');
    }
    expect(safeReturnPath('/onderzoeken/1#x')).toBe('/onderzoeken/1#x');
  });

  it('records a typed e-mail address or phone number as a pseudonym, never as such (issue #16)', () => {
    expect(recordedUsername('Onderzoeker ')).toBe('onderzoeker');
    expect(recordedUsername('tl-beijum')).toBe('tl-beijum');
    for (const typed of ['jan.jansen@example.nl', '06-12345678', '0612345678']) {
      expect(recordedUsername(typed)).toMatch(/^ongeldig:[0-9a-f]{12}$/);
      expect(recordedUsername(typed)).toBe(recordedUsername(typed.toUpperCase())); // the rate limit still counts per name
    }
  });

  it('refuses paths that resolve or decode to another site (issue #16)', () => {
    for (const evil of [
      '/..//evil.example',
      '/.//evil.example',
      '/%2e%2e//evil.example',
      '/%2E%2E//evil.example',
      '/%2e//evil.example',
      '/%2F/evil.example',
      '/%5Cevil.example',
      '/%252e%252e//evil.example',
      '/a/../..//evil.example',
      '/%',
    ]) {
      expect(safeReturnPath(evil), evil).toBe('/');
    }
    expect(safeReturnPath('/')).toBe('/');
    expect(safeReturnPath('/onderzoeken/1/../2')).toBe('/onderzoeken/2');
    expect(safeReturnPath('/onderzoeken/1?terug=%2Fbeheer')).toBe('/onderzoeken/1?terug=%2Fbeheer');
  });
});

describe('login throttling and passwords', () => {
  it('stops after too many failures per username or per address', () => {
    expect(loginAllowed({ username: MAX_FAILURES_PER_USERNAME - 1, address: 0 })).toBe(true);
    expect(loginAllowed({ username: MAX_FAILURES_PER_USERNAME, address: 0 })).toBe(false);
    expect(loginAllowed({ username: 0, address: MAX_FAILURES_PER_ADDRESS })).toBe(false);
    expect(clientAddress('1.2.3.4, 10.0.0.1')).toBe('10.0.0.1');
    expect(clientAddress(null)).toBe('onbekend');
  });

  it('hashes with argon2id and verifies', async () => {
    const h = await hashPassword('een goed wachtwoord');
    expect(h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(h, 'een goed wachtwoord')).toBe(true);
    expect(await verifyPassword(h, 'fout')).toBe(false);
    expect(await verifyPassword('geen hash', 'x')).toBe(false);
  });

  it('makes one-time passwords without look-alike characters', () => {
    const p = oneTimePassword();
    expect(p).toHaveLength(16);
    expect(p).not.toMatch(/[0O1lI]/);
    expect(oneTimePassword()).not.toBe(p);
  });

  it('shows demo accounts only with the demo study, unless DOSSIER_DEMO=0', () => {
    expect(demoMode(true, undefined)).toBe(true);
    expect(demoMode(false, '1')).toBe(false);
    expect(demoMode(true, '0')).toBe(false);
  });
});

describe('review status', () => {
  it('derives te bespreken, besproken, vraag open and goedgekeurd', () => {
    expect(reviewStatus({ itemStatus: 'te_bespreken', locked: false, openQuestions: 0 })).toBe('te_bespreken');
    expect(reviewStatus({ itemStatus: 'besproken', locked: false, openQuestions: 0 })).toBe('besproken');
    expect(reviewStatus({ itemStatus: 'besproken', locked: false, openQuestions: 2 })).toBe('vraag_open');
    expect(reviewStatus({ itemStatus: 'besproken', locked: true, openQuestions: 0 })).toBe('goedgekeurd');
    expect(reviewStatus({ itemStatus: 'onbruikbaar', locked: false, openQuestions: 0 })).toBeNull();
    expect(
      countStatuses([
        { itemStatus: 'besproken', locked: true, openQuestions: 0 },
        { itemStatus: 'reserve_in_gebruik', locked: false, openQuestions: 0 },
      ]),
    ).toEqual({ te_bespreken: 1, besproken: 0, vraag_open: 0, goedgekeurd: 1 });
  });

  it('approves only a finished case without open questions', () => {
    expect(approveRefusal({ itemStatus: 'te_bespreken', locked: false, openQuestions: 0 })).toMatch(/besproken/);
    expect(approveRefusal({ itemStatus: 'besproken', locked: false, openQuestions: 1 })).toMatch(/vragen open/);
    expect(approveRefusal({ itemStatus: 'besproken', locked: true, openQuestions: 0 })).toMatch(/al goedgekeurd/);
    expect(approveRefusal({ itemStatus: 'besproken', locked: false, openQuestions: 0 })).toBeNull();
  });
});
