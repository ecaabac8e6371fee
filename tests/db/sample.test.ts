import { beforeEach, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@/db/client';
import { caseAnswers } from '@/db/schema';
import { replaceFrame } from '@/db/queries/frame';
import { insertStudy } from '@/db/queries/studies';
import {
  archiveActiveDraw,
  getActiveDraw,
  listDraws,
  SampleRefused,
  storeNewDraw,
  verifyStoredDraw,
} from '@/db/queries/sample-draws';
import { listDrawItems, listReplacements, replaceCase } from '@/db/queries/sample-items';
import { listAudit } from '@/db/queries/audit';
import type { FrameRow } from '@/lib/import';

let db: Db;
let studyId: number;

function frame(perWorker: Record<string, number>): FrameRow[] {
  let n = 0;
  return Object.entries(perWorker).flatMap(([teamlid, count]) =>
    Array.from({ length: count }, () => ({
      row: ++n + 1,
      dossiernummer: String(n).padStart(5, '0'),
      teamlid,
      team: 'Beijum',
      huishoudtype: null,
      startdatum: null,
      status: null,
    })),
  );
}

beforeEach(() => {
  db = createDb(':memory:');
  studyId = insertStudy(db, { name: 'T', municipality: 'G', year: 2018, households: null, clients: null }, 'test');
  replaceFrame(
    db,
    studyId,
    frame({ Anouk: 40, Bram: 30, Chantal: 5 }),
    { fileName: 'x', fileSha256: 'x', warnings: [] },
    'test',
  );
});

const draw = (extra: Partial<Parameters<typeof storeNewDraw>[1]> = {}) =>
  storeNewDraw(db, { studyId, seed: 42, perCaseworker: 12, reserves: 3, actor: 'test', ...extra });

describe('stored sample draws', () => {
  it('stores sample and reserves per caseworker in draw order, and flags N_h < n + r', () => {
    const row = draw();
    const items = listDrawItems(db, row.id);
    const anouk = items.filter((i) => i.caseworker === 'Anouk');
    expect(anouk.map((i) => i.status)).toEqual([...Array(12).fill('te_bespreken'), 'reserve', 'reserve', 'reserve']);
    const stratum = row.certificate.strata.find((s) => s.caseworker === 'Anouk')!;
    expect(anouk.map((i) => i.dossiernummer)).toEqual([...stratum.sample, ...stratum.reserves]);
    const chantal = row.certificate.strata.find((s) => s.caseworker === 'Chantal')!;
    expect(chantal).toMatchObject({ N: 5, n: 5, reserveCount: 0, insufficient: true });
    expect(verifyStoredDraw(db, studyId).ok).toBe(true);
  });

  it('draws only the chosen caseworkers', () => {
    const row = draw({ caseworkers: ['Bram'] });
    expect(row.certificate.strata.map((s) => s.caseworker)).toEqual(['Bram']);
  });

  it('uses reserves in their stored order and says when none is left', () => {
    const row = draw();
    const reserves = row.certificate.strata.find((s) => s.caseworker === 'Bram')!.reserves;
    const sample = row.certificate.strata.find((s) => s.caseworker === 'Bram')!.sample;
    const used = sample
      .slice(0, 4)
      .map((d) => replaceCase(db, { studyId, dossiernummer: d, reason: 'te_kort_actief', actor: 'test' }));
    expect(used.map((u) => u.reserve)).toEqual([...reserves, null]);
    expect(used[3].message).toMatch(/geen reserve meer/);
    const items = listDrawItems(db, row.id).filter((i) => i.caseworker === 'Bram');
    expect(items.filter((i) => i.status === 'reserve_in_gebruik').map((i) => i.dossiernummer)).toEqual(reserves);
    expect(items.filter((i) => i.status === 'onbruikbaar')).toHaveLength(4);
    expect(listReplacements(db, row.id).map((r) => r.reserve)).toEqual([...reserves, null]);
    expect(listAudit(db, studyId, 'sample.replace')).toHaveLength(4);
  });

  it('refuses replacements that make no sense, changing nothing', () => {
    const row = draw();
    const before = listDrawItems(db, row.id);
    const reserve = row.certificate.strata[0].reserves[0];
    expect(() => replaceCase(db, { studyId, dossiernummer: '99999', reason: 'overig', note: 'x', actor: 't' })).toThrow(
      /zit niet in de steekproef/,
    );
    expect(() => replaceCase(db, { studyId, dossiernummer: reserve, reason: 'te_kort_actief', actor: 't' })).toThrow(
      /reserve die nog niet in gebruik/,
    );
    expect(() =>
      replaceCase(db, { studyId, dossiernummer: row.certificate.strata[0].sample[0], reason: 'overig', actor: 't' }),
    ).toThrow(/een toelichting verplicht/);
    expect(listDrawItems(db, row.id)).toEqual(before);
  });

  it('a second draw needs a reason, creates a new version and keeps the old one visible', () => {
    draw();
    expect(() => draw({ seed: 7 })).toThrow(SampleRefused);
    const second = draw({ seed: 7, reason: 'teamlid toegevoegd' });
    expect(second.version).toBe(2);
    expect(listDraws(db, studyId).map((d) => [d.version, d.status])).toEqual([
      [2, 'actief'],
      [1, 'gearchiveerd'],
    ]);
  });

  it('refuses a new draw once interviews started, unless the old draw is archived explicitly', () => {
    const first = draw();
    const item = listDrawItems(db, first.id)[0];
    db.insert(caseAnswers)
      .values({ sampleItemId: item.id, questionKey: 'A1', value: 'gezin', updatedBy: 'test' })
      .run();
    expect(() => draw({ seed: 8, reason: 'opnieuw' })).toThrow(/Archiveer die trekking eerst/);
    archiveActiveDraw(db, studyId, 'Kader bleek onvolledig', 'test');
    expect(getActiveDraw(db, studyId)).toBeNull();
    expect(draw({ seed: 8, reason: 'opnieuw na archiveren' }).version).toBe(2);
  });

  it('verify fails when the stored frame changed after the draw', () => {
    draw();
    db.$client.prepare("update frame_cases set dossiernummer = 'X0001' where dossiernummer = '00001'").run();
    const result = verifyStoredDraw(db, studyId);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatch(/Frame-hash wijkt af/);
  });

  it('verify fails when a stored sample was edited by hand', () => {
    const row = draw();
    const cert = {
      ...row.certificate,
      strata: row.certificate.strata.map((s, i) => (i === 0 ? { ...s, sample: [...s.sample].reverse() } : s)),
    };
    db.$client.prepare('update sample_draws set certificate = ? where id = ?').run(JSON.stringify(cert), row.id);
    expect(verifyStoredDraw(db, studyId).problems).toEqual(['Steekproef van Anouk wijkt af.']);
  });
});
