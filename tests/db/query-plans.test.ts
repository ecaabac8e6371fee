import { beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@/db/client';
import { auditFacets, listAccountAudit, listAuditTrail } from '@/db/queries/audit-trail';
import { listAudit, writeAudit } from '@/db/queries/audit';
import { replaceFrame } from '@/db/queries/frame';
import { askQuestion, listOpenQuestions, listReviewEvents } from '@/db/queries/reviews';
import { storeNewDraw } from '@/db/queries/sample-draws';
import { listDrawItems, listReplacements } from '@/db/queries/sample-items';
import { insertStudy } from '@/db/queries/studies';
import { createUser, grantMembership, listMemberships } from '@/db/queries/users';

/**
 * The hot reads (every case page, every access check, the audit pages) must find their rows through an index:
 * `EXPLAIN QUERY PLAN` of each may not `SCAN` a table. The SQL is not copied here: it is captured from the real
 * query functions while they run (every statement better-sqlite3 prepares, with the parameters it is run with),
 * so the test follows the code.
 */

interface Captured {
  sql: string;
  params: unknown[];
}

/** Runs `fn` and returns every statement it ran on the connection, with its parameters. */
function captureStatements(db: Db, fn: () => unknown): Captured[] {
  const client = db.$client;
  const prepare = client.prepare;
  const seen: Captured[] = [];
  client.prepare = function (this: typeof client, sql: string) {
    const stmt = prepare.call(this, sql);
    const proxy: typeof stmt = new Proxy(stmt, {
      get(target, prop) {
        const value = Reflect.get(target, prop, target);
        if (typeof value !== 'function') return value;
        if (prop === 'all' || prop === 'get' || prop === 'run' || prop === 'iterate') {
          return (...params: unknown[]) => {
            seen.push({ sql, params });
            return value.apply(target, params);
          };
        }
        // raw(), pluck() and friends return the statement itself: keep returning the proxy.
        return (...args: unknown[]) => {
          const result = value.apply(target, args);
          return result === target ? proxy : result;
        };
      },
    });
    return proxy;
  } as typeof client.prepare;
  try {
    fn();
  } finally {
    client.prepare = prepare;
  }
  return seen;
}

/** The plan lines of one captured statement. */
function planOf(db: Db, s: Captured): string[] {
  const rows = db.$client.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...s.params) as { detail: string }[];
  return rows.map((r) => r.detail);
}

/**
 * Plan lines that read a whole table: `SCAN t`. Reading an index ("SCAN t USING [COVERING] INDEX i") is not such a line;
 * none of the hot reads below does even that.
 */
const tableScans = (plan: string[]) =>
  plan.filter((line) => line.startsWith('SCAN ') && !line.includes(' USING ') && line !== 'SCAN CONSTANT ROW');

let db: Db;
let studyId: number;
let drawId: number;
let itemId: number;
let userId: number;

beforeAll(() => {
  db = createDb(':memory:');
  studyId = insertStudy(db, { name: 'T', municipality: 'G', year: 2018, households: null, clients: null }, 'test');
  const rows = Array.from({ length: 12 }, (_, i) => ({
    row: i + 2,
    dossiernummer: `D${String(i).padStart(2, '0')}`,
    teamlid: i < 6 ? 'Anouk' : 'Gerrit',
    team: i < 6 ? 'Beijum' : 'Hoogkerk',
    huishoudtype: null,
    startdatum: null,
    status: null,
  }));
  replaceFrame(db, studyId, rows, { fileName: 'x', fileSha256: 'x', warnings: [] }, 'test');
  drawId = storeNewDraw(db, { studyId, seed: 1, perCaseworker: 3, reserves: 1, actor: 'test' }).id;
  itemId = listDrawItems(db, drawId).find((i) => i.role === 'sample')!.id;
  askQuestion(db, { studyId, itemId, teamIds: null, actor: 'onderzoeker', body: 'Klopt dit?' });
  userId = createUser(db, { username: 'tl', displayName: 'Teamleider', passwordHash: 'x' }, 'test');
  grantMembership(db, { username: 'tl', studyId, role: 'teamleider', team: 'Beijum' }, 'test');
});

describe('hot reads use an index (EXPLAIN QUERY PLAN has no SCAN of a table)', () => {
  /** `inIndexOrder`: the index also gives the order (no temp B-tree sorting all of a study's or case's rows). */
  const hot: [string, () => unknown, { inIndexOrder: boolean }][] = [
    ['review events of a case (case and review pages)', () => listReviewEvents(db, itemId), { inIndexOrder: true }],
    // The review list itself sorts its (few hundred) rows by team and caseworker name: a temp B-tree, no scan.
    ['review list and its open questions', () => listOpenQuestions(db, studyId, null), { inIndexOrder: false }],
    ['memberships of a user (every access check)', () => listMemberships(db, userId), { inIndexOrder: true }],
    ['replacements of a draw', () => listReplacements(db, drawId), { inIndexOrder: true }],
    ['audit trail of a study, newest first', () => listAuditTrail(db, studyId), { inIndexOrder: true }],
    [
      'audit trail filtered on actor, action and period',
      () => listAuditTrail(db, studyId, { actor: 'test', action: 'frame', from: 0, to: Date.now() }),
      { inIndexOrder: true },
    ],
    ['audit trail of one case', () => listAuditTrail(db, studyId, { itemId }), { inIndexOrder: true }],
    ['audit entries of a study by action', () => listAudit(db, studyId, 'sample.draw'), { inIndexOrder: true }],
    // DISTINCT over one study's entries (a temp B-tree of its actors and actions), found through the index.
    ['audit filter menus', () => auditFacets(db, studyId), { inIndexOrder: false }],
    // Two ranges on the action index (auth.*, user.*); only those account entries are sorted, not the whole log.
    ['logins and account changes (beheer)', () => listAccountAudit(db), { inIndexOrder: false }],
  ];

  it.each(hot)('%s', (_, run, { inIndexOrder }) => {
    const statements = captureStatements(db, run);
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) {
      const plan = planOf(db, s);
      if (process.env.SHOW_PLANS) console.log(`${s.sql}\n  ${plan.join('\n  ')}`);
      expect(tableScans(plan), `${s.sql}\n${plan.join('\n')}`).toEqual([]);
      if (inIndexOrder) expect(plan, s.sql).not.toContain('USE TEMP B-TREE FOR ORDER BY');
    }
  });

  it('a query without a usable index is caught (the check can fail)', () => {
    const plan = planOf(db, { sql: 'select * from review_events where body = ?', params: ['x'] });
    expect(tableScans(plan)).toEqual(['SCAN review_events']);
    expect(
      tableScans(['SCAN audit_log USING INDEX audit_log_action', 'SCAN audit_log USING COVERING INDEX x']),
    ).toEqual([]);
  });
});

describe('the action ranges select what the prefixes say', () => {
  it('account audit: auth.* and user.*, newest first; not member.*, not a look-alike', () => {
    const fresh = createDb(':memory:');
    for (const action of [
      'auth.login',
      'member.grant',
      'user.create',
      'authority.check',
      'auth.logout',
      'user_x',
      'auth',
    ]) {
      writeAudit(fresh, { actor: 'a', action, entity: 'user' });
    }
    expect(listAccountAudit(fresh).map((r) => r.action)).toEqual(['auth.logout', 'user.create', 'auth.login']);
    fresh.$client.close();
  });

  it('audit trail: an action filter takes the action itself and its sub-actions', () => {
    const fresh = createDb(':memory:');
    const study = insertStudy(
      fresh,
      { name: 'S', municipality: 'G', year: 2018, households: null, clients: null },
      'x',
    );
    for (const action of ['case', 'case.finish', 'case_answer.save', 'cases.x', 'case.unlock']) {
      writeAudit(fresh, { actor: 'a', action, studyId: study, entity: 'sample_item' });
    }
    expect(listAuditTrail(fresh, study, { action: 'case' }).map((r) => r.action)).toEqual([
      'case.unlock',
      'case.finish',
      'case',
    ]);
    fresh.$client.close();
  });
});
