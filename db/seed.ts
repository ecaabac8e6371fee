import 'server-only';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { inTransaction, type Db } from './client';
import type { FrameRow } from '@/lib/import';
import { countStudies, insertStudy } from './queries/studies';
import { replaceFrame } from './queries/frame';
import { createDemoResultsStudy } from './demo-results';
import { countUsers, createUser, getUserByUsername, grantMembership } from './queries/users';
import { DEMO_ACCOUNTS } from '@/lib/auth/demo-accounts';
import { hashPasswordSync, oneTimePassword } from '@/lib/auth/password';

export const DEMO_TEAMS: Record<string, string[]> = {
  Beijum: ['Anouk de Vries', 'Bram Jansen', 'Fatima El Amrani', 'Joost Mulder', 'Lotte Bakker'],
  'Corpus den Hoorn': ['Daan Visser', 'Esther Smit', 'Hamza Yilmaz', 'Iris Meijer', 'Sanne de Boer'],
  Hoogkerk: ['Gerrit Dijkstra', 'Kim Hoekstra', 'Mirjam Bos', 'Pieter Kuipers', 'Yara Wijnstra'],
  Vinkhuizen: ['Chantal Postma', 'Ruben van Dijk', 'Noor Haddou', 'Tessa Veenstra', 'Wouter Brouwer'],
};

/**
 * A synthetic frame shaped like the report's four teams: 20 caseworkers, 2,500 dossiers with
 * uneven caseloads. Deterministic (fixed seed), so demo screenshots and tests are stable.
 */
export function demoFrameRows(total = 2500): FrameRow[] {
  const rng = xoroshiro128plus(2018);
  const int = (from: number, to: number) => uniformInt(rng, from, to);
  const workers = Object.entries(DEMO_TEAMS).flatMap(([team, names]) => names.map((teamlid) => ({ team, teamlid })));
  const weights = workers.map(() => int(60, 140));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const rows: FrameRow[] = [];
  let next = 104_000;
  workers.forEach((w, i) => {
    const count = i === workers.length - 1 ? total - rows.length : Math.round((weights[i] / weightSum) * total);
    for (let k = 0; k < count; k++) {
      const t = int(0, 99);
      const month = int(1, 12);
      next += int(1, 7);
      rows.push({
        row: rows.length + 2,
        dossiernummer: String(next).padStart(8, '0'),
        teamlid: w.teamlid,
        team: w.team,
        huishoudtype: t < 45 ? 'gezin' : t < 70 ? 'oudere' : 'overig',
        startdatum: `2018-${String(month).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
        status: int(0, 2) === 0 ? 'afgesloten' : 'actief',
      });
    }
  });
  return rows;
}

export function createDemoStudy(db: Db, actor = 'systeem (demo)'): number {
  const study = {
    name: 'Demo: WIJ-teams vier wijken 2018',
    municipality: 'Groningen',
    year: 2018,
    households: 2500,
    clients: 3100,
    isDemo: true,
  };
  return inTransaction(db, () => {
    const id = insertStudy(db, study, actor);
    replaceFrame(db, id, demoFrameRows(), { fileName: 'demo (synthetisch)', fileSha256: 'demo', warnings: [] }, actor);
    createDemoAccounts(db, id, actor);
    return id;
  });
}

/** The demo accounts (a researcher and a team lead per team) get access to this demo study; existing accounts are reused. */
export function createDemoAccounts(db: Db, studyId: number, actor: string): void {
  for (const a of DEMO_ACCOUNTS) {
    if (!getUserByUsername(db, a.username)) {
      createUser(
        db,
        {
          username: a.username,
          displayName: a.displayName,
          passwordHash: hashPasswordSync(a.password),
          mustChangePassword: false,
        },
        actor,
      );
    }
    grantMembership(db, { username: a.username, studyId, role: a.role, team: a.team ?? null }, actor);
  }
}

/** The second demo study, interviews done (db/demo-results.ts), with the same demo accounts. */
export function createDemoResults(db: Db, actor = 'systeem (demo)'): number {
  return inTransaction(db, () => {
    const id = createDemoResultsStudy(db, demoFrameRows(), actor);
    createDemoAccounts(db, id, actor);
    return id;
  });
}

/**
 * Called on start: an empty database gets the demo studies (and their demo accounts, whose
 * passwords are public) so a newcomer sees a working app. DOSSIER_DEMO=0 starts without them,
 * as a database for real data should.
 */
export function seedIfEmpty(
  db: Db,
  demo = process.env.DOSSIER_DEMO !== '0' && process.env.DOSSIER_DEMO !== 'false',
): number | null {
  if (!demo || countStudies(db) > 0) return null;
  const id = createDemoStudy(db);
  createDemoResults(db);
  return id;
}

export const FIRST_ADMIN = 'beheerder';

/**
 * On an empty users table: the first beheerder, with a one-time password that is returned (to be
 * printed once on the console) and must be changed at the first login. Null when users exist.
 */
export function createFirstAdmin(db: Db): { username: string; password: string } | null {
  return inTransaction(db, () => {
    if (countUsers(db) > 0) return null;
    const password = oneTimePassword();
    createUser(
      db,
      {
        username: FIRST_ADMIN,
        displayName: 'Beheerder',
        passwordHash: hashPasswordSync(password),
        isAdmin: true,
        mustChangePassword: true,
      },
      'systeem (eerste start)',
    );
    return { username: FIRST_ADMIN, password };
  });
}
