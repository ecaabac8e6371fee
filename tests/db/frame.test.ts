import { beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createDb, type Db } from '@/db/client';
import { auditLog, sampleDraws } from '@/db/schema';
import { getFrameStats, importFrameFile } from '@/db/queries/frame';
import { insertStudy, listStudies } from '@/db/queries/studies';
import { createDemoStudy, seedIfEmpty } from '@/db/seed';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { csvBuffer, largeXlsx, VALID_BSN } from '../fixtures/frame-files';

let db: Db;
let studyId: number;
const good = csvBuffer(['dossiernummer;teamlid;team', '001;Anouk;Beijum', '002;Anouk;Beijum', '003;Bram;Hoogkerk']);
const run = (data: Buffer, name = 'k.csv') => importFrameFile(db, { studyId, data, fileName: name, actor: 'test' });
const count = (table: string) => (db.$client.prepare(`select count(*) n from ${table}`).get() as { n: number }).n;

beforeEach(() => {
  db = createDb(':memory:');
  studyId = insertStudy(
    db,
    { name: 'Test', municipality: 'Groningen', year: 2018, households: 2500, clients: 3100 },
    'test',
  );
});

describe('frame import into the database', () => {
  it('stores the frame and derives teams and caseworkers with counts', async () => {
    const result = await run(good);
    expect(result.ok).toBe(true);
    const stats = getFrameStats(db, studyId);
    expect(stats.total).toBe(3);
    expect(stats.teams).toEqual([
      { team: 'Beijum', caseworkers: 1, cases: 2 },
      { team: 'Hoogkerk', caseworkers: 1, cases: 1 },
    ]);
    expect(stats.caseworkers.map((c) => [c.caseworker, c.cases])).toEqual([
      ['Anouk', 2],
      ['Bram', 1],
    ]);
    expect(listStudies(db)[0].frameCases).toBe(3);
  });

  it('stores nothing when any row is wrong, and keeps the previous frame', async () => {
    await run(good);
    const before = db.$client.prepare('select * from frame_cases order by id').all();
    for (const bad of [
      csvBuffer(['dossiernummer;teamlid;team', '010;a;T', '010;b;T']),
      csvBuffer(['dossiernummer;teamlid;team', '011;a;T', `012;a;${VALID_BSN}`]),
      csvBuffer(['dossiernummer;team', '011;T']),
      csvBuffer(['dossiernummer;teamlid;team;naam', '011;a;T;Jan']),
    ]) {
      const result = await run(bad);
      expect(result.ok).toBe(false);
      expect(db.$client.prepare('select * from frame_cases order by id').all()).toEqual(before);
    }
    expect(count('frame_imports')).toBe(1);
  });

  it('replaces the frame while no sample exists, and refuses once one is drawn', async () => {
    await run(good);
    const second = await run(csvBuffer(['dossiernummer;teamlid;team', '100;Chantal;Vinkhuizen']));
    expect(second.ok).toBe(true);
    expect(getFrameStats(db, studyId)).toMatchObject({ total: 1, caseworkers: [{ caseworker: 'Chantal' }] });
    expect(count('teams')).toBe(1);

    db.insert(sampleDraws)
      .values({
        studyId,
        version: 1,
        algorithm: 'x',
        seed: '1',
        frameSha256: 'x',
        perCaseworker: 1,
        reserves: 0,
        certificate: {},
        drawnBy: 'test',
      })
      .run();
    const third = await run(good);
    expect(third.ok).toBe(false);
    if (!third.ok) expect(third.errors[0].reason).toMatch(/al een steekproef getrokken/);
    expect(getFrameStats(db, studyId).total).toBe(1);
  });

  it('refuses a file that differs from the previewed one', async () => {
    const result = await importFrameFile(db, {
      studyId,
      data: good,
      fileName: 'k.csv',
      actor: 'test',
      expectSha256: 'abc',
    });
    expect(result.ok).toBe(false);
    expect(getFrameStats(db, studyId).total).toBe(0);
  });

  it('records who imported what in an append-only audit log', async () => {
    await run(good);
    const entries = db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.action} = 'frame.import'`)
      .all();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor: 'test',
      studyId,
      oldValue: { cases: 0 },
      newValue: { cases: 3, teams: 2, caseworkers: 2 },
    });
    expect(() => db.$client.prepare('update audit_log set actor = ?').run('x')).toThrow(/append-only/);
    expect(() => db.$client.prepare('delete from audit_log').run()).toThrow(/append-only/);
  });
});

describe('a 100,000-row xlsx frame', () => {
  it('imports completely, with 200 caseworkers and leading zeros intact', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'frame-100k-')), 'kader.xlsx');
    await largeXlsx(file, 100_000, 200);
    const result = await run(fs.readFileSync(file), 'kader.xlsx');
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    expect(result.ok).toBe(true);
    const stats = getFrameStats(db, studyId);
    expect(stats.total).toBe(100_000);
    expect(stats.caseworkers).toHaveLength(200);
    expect(db.$client.prepare('select dossiernummer, start_date from frame_cases where source_row = 2').get()).toEqual({
      dossiernummer: '01000000',
      start_date: '2018-01-01',
    });
  }, 120_000);
});

describe('demo study', () => {
  it('is created on an empty database only, with 4 teams, 20 caseworkers and 2,500 dossiers', () => {
    const fresh = createDb(':memory:');
    const id = seedIfEmpty(fresh);
    expect(id).not.toBeNull();
    expect(seedIfEmpty(fresh)).toBeNull();
    const stats = getFrameStats(fresh, id!);
    expect(stats).toMatchObject({ total: 2500 });
    expect(stats.teams.map((t) => t.team)).toEqual(['Beijum', 'Corpus den Hoorn', 'Hoogkerk', 'Vinkhuizen']);
    expect(stats.caseworkers).toHaveLength(20);
  });

  it('is deterministic', () => {
    const a = createDb(':memory:');
    const b = createDb(':memory:');
    createDemoStudy(a);
    createDemoStudy(b);
    const q = 'select dossiernummer, household_type, start_date from frame_cases order by id';
    expect(a.$client.prepare(q).all()).toEqual(b.$client.prepare(q).all());
  });
});
