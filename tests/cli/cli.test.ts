import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvBuffer, VALID_BSN } from '../fixtures/frame-files';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cli-'));
const env = { ...process.env, DOSSIER_DB: path.join(dir, 'cli.db') };
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs the real CLI exactly as the README says: npm run dossier -- … */
function dossier(...args: string[]) {
  const r = spawnSync('npm', ['run', '-s', 'dossier', '--', ...args], { env, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function file(name: string, data: Buffer) {
  const p = path.join(dir, name);
  fs.writeFileSync(p, data);
  return p;
}

describe('CLI (npm run dossier)', () => {
  let studyId: number;

  it('creates a study and prints its id as JSON', () => {
    const r = dossier(
      'study',
      'create',
      '--name',
      'CLI-test',
      '--municipality',
      'Groningen',
      '--year',
      '2018',
      '--households',
      '2500',
      '--json',
    );
    expect(r.code).toBe(0);
    studyId = JSON.parse(r.out).id;
    expect(studyId).toBeGreaterThan(0);
  });

  it('refuses a study with an invalid year, in Dutch, non-zero', () => {
    const r = dossier('study', 'create', '--name', 'X y z', '--municipality', 'Groningen', '--year', '18');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--year: Jaar moet tussen 2000 en 2100 liggen/);
  });

  it('imports a frame and prints {"imported", "warnings"}', () => {
    const p = file(
      'kader.csv',
      csvBuffer(['Dossier nr;Medewerker;Wijk;Opmerking', '001;Anouk;Beijum;x', '002;Bram;Beijum;']),
    );
    const r = dossier('frame', 'import', '--study', String(studyId), '--file', p, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ imported: 2, warnings: ['Onbekende kolom "Opmerking" wordt genegeerd.'] });
  });

  it('exits 1 with {"errors": [{row, column, reason}]} for a bad file and stores nothing', () => {
    const p = file('fout.csv', csvBuffer(['dossiernummer;teamlid;team', `003;Anouk;${VALID_BSN}`, '004;Anouk;Beijum']));
    const r = dossier('frame', 'import', '--study', String(studyId), '--file', p, '--json');
    expect(r.code).toBe(1);
    const body = JSON.parse(r.out);
    expect(body.errors).toEqual([
      expect.objectContaining({ row: 2, column: 'team', reason: expect.stringMatching(/BSN/) }),
    ]);
    expect(JSON.parse(dossier('frame', 'stats', '--study', String(studyId), '--json').out).total).toBe(2);
  });

  it('prints counts per team and caseworker', () => {
    const r = dossier('frame', 'stats', '--study', String(studyId));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2 dossiers, 1 teams?, 2 teamleden/);
    expect(r.out).toMatch(/Anouk\s+Beijum\s+1/);
  });

  it('lists studies and creates the demo', () => {
    expect(dossier('demo', '--json').code).toBe(0);
    const list = JSON.parse(dossier('study', 'list', '--json').out);
    expect(list.map((s: { frameCases: number }) => s.frameCases).sort()).toEqual([2, 2500]);
  });

  it('gives a clear message for an unknown study, a missing file and an unknown command', () => {
    expect(dossier('frame', 'stats', '--study', '999').err).toMatch(/Onderzoek 999 bestaat niet/);
    const missing = dossier('frame', 'import', '--study', String(studyId), '--file', path.join(dir, 'nope.xlsx'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/kan niet gelezen worden/);
    expect(dossier('vlieg').code).toBe(2);
  });
});

describe('CLI sample commands', () => {
  let id: number;
  const cases = Array.from(
    { length: 30 },
    (_, i) => `${String(i + 1).padStart(4, '0')};${i % 2 ? 'Anouk' : 'Bram'};Beijum`,
  );

  it('draws a reproducible sample and prints the certificate', () => {
    id = JSON.parse(
      dossier('study', 'create', '--name', 'CLI steekproef', '--municipality', 'Groningen', '--year', '2018', '--json')
        .out,
    ).id;
    expect(
      dossier(
        'frame',
        'import',
        '--study',
        String(id),
        '--file',
        file('s.csv', csvBuffer(['dossiernummer;teamlid;team', ...cases])),
      ).code,
    ).toBe(0);
    const r = dossier(
      'sample',
      'draw',
      '--study',
      String(id),
      '--per-caseworker',
      '5',
      '--reserve',
      '2',
      '--seed',
      '99',
      '--json',
    );
    expect(r.code).toBe(0);
    const cert = JSON.parse(r.out);
    expect(cert).toMatchObject({ algorithm: 'srswor-fisher-yates-xoroshiro128plus-v1', seed: 99 });
    expect(cert.frameSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(
      cert.strata.map((s: { caseworker: string; N: number; n: number; sample: string[]; reserves: string[] }) => [
        s.caseworker,
        s.N,
        s.n,
        s.sample.length,
        s.reserves.length,
      ]),
    ).toEqual([
      ['Anouk', 15, 5, 5, 2],
      ['Bram', 15, 5, 5, 2],
    ]);
    expect(dossier('sample', 'verify', '--study', String(id)).code).toBe(0);
    const shown = JSON.parse(dossier('sample', 'show', '--study', String(id), '--json').out);
    expect(shown.strata).toEqual(cert.strata);

    const replaced = JSON.parse(
      dossier(
        'sample',
        'replace',
        '--study',
        String(id),
        '--case',
        cert.strata[0].sample[0],
        '--reason',
        'verkeerd_toegewezen',
        '--json',
      ).out,
    );
    expect(replaced.reserve).toBe(cert.strata[0].reserves[0]);
    const bad = dossier(
      'sample',
      'replace',
      '--study',
      String(id),
      '--case',
      cert.strata[0].sample[1],
      '--reason',
      'geen_zin',
    );
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/--reason moet een van deze zijn/);
  }, 120_000); // several CLI processes, each compiled by tsx: slow on a loaded 2-core machine

  it('verify exits non-zero once the stored frame no longer matches', async () => {
    const Database = (await import('better-sqlite3')).default;
    const raw = new Database(env.DOSSIER_DB);
    raw.prepare("update frame_cases set dossiernummer = '9999' where study_id = ? and dossiernummer = '0001'").run(id);
    raw.close();
    const r = dossier('sample', 'verify', '--study', String(id), '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([expect.stringMatching(/Frame-hash wijkt af/)]),
    });
  });
});

describe('CLI aggregate', () => {
  it('prints {"n", "strata", "inputs"}: nothing to estimate before any case is finished', () => {
    const id = JSON.parse(dossier('study', 'list', '--json').out).find(
      (s: { name: string }) => s.name === 'CLI steekproef',
    ).id;
    const r = dossier('aggregate', '--study', String(id), '--json');
    expect(r.code).toBe(0);
    const body = JSON.parse(r.out);
    expect(body.n).toBe(0);
    expect(body.strata.map((s: { caseworker: string; N: number; n: number }) => [s.caseworker, s.n])).toEqual([
      ['Anouk', 0],
      ['Bram', 0],
    ]);
    expect(body.inputs).toEqual([]);
    expect(body.warnings[0]).toMatch(/Nog geen afgeronde dossiers/);
  });
});

describe('CLI export', () => {
  it('writes the steekproefbestand as xlsx and as csv', async () => {
    const id = JSON.parse(dossier('study', 'list', '--json').out).find(
      (s: { name: string }) => s.name === 'CLI steekproef',
    ).id;
    const xlsx = path.join(dir, 'steekproef.xlsx');
    const r = dossier('export', '--study', String(id), '--out', xlsx, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ format: 'xlsx' });
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.getWorksheet('Steekproef')!;
    // 2 caseworkers × 5 sampled, one of them replaced by a reserve in use: 11 rows after the header.
    expect(ws.rowCount).toBe(12);
    expect(wb.getWorksheet('Verantwoording')!.getRow(4).values).toEqual([undefined, 'Seed', 99]);
    const csv = path.join(dir, 'steekproef.csv');
    expect(dossier('export', '--study', String(id), '--out', csv).code).toBe(0);
    expect(fs.readFileSync(csv, 'utf8').split('\r\n')[0]).toMatch(/^\uFEFFdossiernummer;team;teamlid;/);
  });

  it('prints the MKBA as {"costs", "benefits", "saldo", "ratioFinancial", "ratioSocial", "parties", "scenarios"}', () => {
    const id = JSON.parse(dossier('study', 'list', '--json').out).find(
      (s: { name: string }) => s.name === 'CLI-test',
    ).id;
    const r = dossier('mkba', '--study', String(id), '--json');
    expect(r.code).toBe(0);
    const m = JSON.parse(r.out);
    expect(Object.keys(m.costs)).toEqual(['K1', 'K2', 'K3', 'total']);
    expect(Object.keys(m.benefits)).toEqual(['B1a', 'B1b', 'B1c', 'B2', 'B3', 'B4a', 'B4b', 'B4c', 'total']);
    expect(m.costs.K1).toBeCloseTo(50 * 0.8 * 76_302, 6);
    expect(m.saldo).toBeCloseTo(m.benefits.total - m.costs.total, 6);
    expect(m.ratioSocial).toBeCloseTo(m.benefits.total / m.costs.total, 12);
    expect(m.parties.find((p: { party: string }) => p.party === 'gemeente')).toMatchObject({ costs: m.costs.total });
    expect(m.scenarios.map((s: { id: string }) => s.id)).toEqual([
      'basis',
      'meerkosten_30',
      'fte_40',
      'halve_extra_zorg',
      'escalatie_0',
      'escalatie_2',
      'substitutie_30',
      'gecombineerd',
    ]);
  });

  it('mkba lists the missing kengetallen and exits non-zero', () => {
    const id = JSON.parse(
      dossier('study', 'create', '--name', 'Zonder caseload', '--municipality', 'Haren', '--year', '2020', '--json')
        .out,
    ).id;
    const r = dossier('mkba', '--study', String(id));
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('Kengetal ontbreekt: aantal huishoudens in de caseload (H)');
  });
});

describe('CLI user accounts', () => {
  it('creates a team lead with a one-time password, lists, refuses bad input and disables', () => {
    expect(dossier('demo', '--json').code).toBe(0);
    const studyId = JSON.parse(dossier('study', 'list', '--json').out).find((s: { name: string }) =>
      s.name.startsWith('Demo'),
    ).id;
    const r = dossier(
      'user',
      'create',
      '--username',
      'TL-Test',
      '--name',
      'Teamleider Test',
      '--study',
      String(studyId),
      '--role',
      'teamleider',
      '--team',
      'Beijum',
      '--json',
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      username: 'tl-test',
      oneTimePassword: expect.stringMatching(/^\w{16}$/),
      role: 'teamleider',
      team: 'Beijum',
    });
    const list = JSON.parse(dossier('user', 'list', '--json').out);
    expect(list.find((u: { username: string }) => u.username === 'tl-test')).toMatchObject({
      mustChangePassword: true,
      memberships: [{ role: 'teamleider', team: 'Beijum' }],
    });
    expect(list.map((u: { username: string }) => u.username)).toContain('tl-beijum');
    const bad = dossier(
      'user',
      'grant',
      '--username',
      'tl-test',
      '--study',
      String(studyId),
      '--role',
      'teamleider',
      '--team',
      'Nergens',
    );
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/Team "Nergens" bestaat niet/);
    expect(dossier('user', 'create', '--username', 'tl-test').err).toMatch(/bestaat al/);
    expect(dossier('user', 'disable', '--username', 'tl-test', '--json').code).toBe(0);
    expect(
      JSON.parse(dossier('user', 'list', '--json').out).find((u: { username: string }) => u.username === 'tl-test')
        .disabled,
    ).toBe(true);
  }, 120_000); // seven CLI runs, a few seconds each
});

describe('CLI design-based uncertainty (#17)', () => {
  it('aggregate gives df and the interval kind per input; mkba gives uncertainty.design and uncertainty.psa', async () => {
    const { createDb } = await import('@/db/client');
    const { createDemoResults } = await import('@/db/seed');
    const db = createDb(env.DOSSIER_DB);
    const id = createDemoResults(db);
    db.$client.close();

    const agg = JSON.parse(dossier('aggregate', '--study', String(id), '--json').out);
    expect(agg.df).toBe(80 - 20);
    const input = (key: string) => agg.inputs.find((i: { key: string }) => i.key === key);
    expect(input('newly_found_share')).toMatchObject({ df: 60, interval: 'logit' });
    expect(input('prevented_escalation_per_hh')).toMatchObject({ df: 60, interval: 'log' });
    expect(input('net_improved.financien')).toMatchObject({ interval: 't' });
    for (const i of agg.inputs as { key: string; interval: string; ciLow: number | null; ciHigh: number | null }[]) {
      if (i.ciLow === null) continue;
      expect(i.ciLow, i.key).toBeGreaterThanOrEqual(i.interval === 't' ? -Infinity : 0);
      if (i.interval === 'logit') expect(i.ciHigh!, i.key).toBeLessThanOrEqual(1);
    }

    const r = dossier('mkba', '--study', String(id), '--json');
    expect(r.code).toBe(0);
    const m = JSON.parse(r.out);
    const d = m.uncertainty.design;
    expect(Object.keys(d)).toEqual(['df', 'saldo', 'ratioFinancial', 'ratioSocial', 'costs', 'benefits', 'parties']);
    expect(d.df).toBe(60);
    expect(Object.keys(d.saldo)).toEqual(['point', 'se', 'low', 'high']);
    expect(d.saldo.point).toBeCloseTo(m.saldo, 6);
    expect(d.saldo.se).toBeGreaterThan(0);
    expect(d.ratioSocial.point).toBeCloseTo(m.ratioSocial, 12);
    expect(d.parties.map((p: { party: string }) => p.party)).toEqual(m.parties.map((p: { party: string }) => p.party));
    expect(Object.keys(d.parties[0])).toEqual(['party', 'saldo', 'ratio']);
    expect(m.uncertainty.psa).toMatchObject({ draws: 2000, seed: 20180101, ranges: [] });
    expect(m.uncertainty.psa.pSaldoPositive).toBeGreaterThanOrEqual(0);
    const text = dossier('mkba', '--study', String(id)).out;
    expect(text).toContain('t-verdeling met 60 vrijheidsgraden');
  }, 120_000); // three CLI processes on a loaded 2-core machine
});
