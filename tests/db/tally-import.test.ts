import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createDb, type Db } from '@/db/client';
import { replaceFrame } from '@/db/queries/frame';
import { insertStudy } from '@/db/queries/studies';
import { storeNewDraw } from '@/db/queries/sample-draws';
import { listDrawItems } from '@/db/queries/sample-items';
import { finishCase, getAnswers, saveAnswers } from '@/db/queries/answers';
import { codebookV1, defaultLists } from '@/lib/codebook';
import { allRestAnswers } from '@/lib/interview/rest-answers';
import { exportSampleFile, exportTemplateFile } from '@/db/queries/export';
import { importTallies } from '@/db/queries/tally-import';

let db: Db;
let studyId: number;
let items: ReturnType<typeof listDrawItems>;

beforeEach(() => {
  db = createDb(':memory:');
  studyId = insertStudy(db, { name: 'T', municipality: 'G', year: 2018, households: null, clients: null }, 't');
  replaceFrame(
    db,
    studyId,
    Array.from({ length: 8 }, (_, i) => ({
      row: i + 2,
      dossiernummer: `00${i}`,
      teamlid: 'Anouk',
      team: 'Beijum',
      huishoudtype: null,
      startdatum: '2018-02-01',
      status: null,
    })),
    { fileName: 'x', fileSha256: 'x', warnings: [] },
    't',
  );
  items = listDrawItems(db, storeNewDraw(db, { studyId, seed: 1, perCaseworker: 3, reserves: 1, actor: 't' }).id);
  const ok = saveAnswers(db, {
    studyId,
    sampleItemId: items[0].id,
    actor: 't',
    changes: [
      { key: 'A1', value: 'gezin', baseRevision: 0 },
      { key: 'E1', value: 12, baseRevision: 0 },
      { key: 'F1', value: '=1+1', baseRevision: 0 },
      { key: 'C.r1.type', value: 'amw', baseRevision: 0 },
      { key: 'C.r1.wie', value: 'professional', baseRevision: 0 },
    ],
  });
  if (!ok.ok) throw new Error(ok.message);
});

async function exported() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await exportSampleFile(db, studyId, 'xlsx', 't'))! as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Steekproef')!;
  const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
  const col = (name: string) => header.indexOf(name) + 1;
  const rowOf = (dossier: string) => ws.getRows(2, ws.rowCount - 1)!.find((r) => r.getCell(1).value === dossier)!;
  const bytes = async () => new Uint8Array(await wb.xlsx.writeBuffer());
  return { ws, col, rowOf, bytes };
}

const answers = () => Object.fromEntries(Object.entries(getAnswers(db, items[0].id)).map(([k, v]) => [k, v.value]));

describe('re-import of tallies', () => {
  it('round-trips: export → import changes nothing', async () => {
    const before = answers();
    const f = await exported();
    expect(await importTallies(db, { studyId, data: await f.bytes(), actor: 't' })).toEqual({
      ok: true,
      cases: 0,
      answers: 0,
    });
    expect(answers()).toEqual(before);
  });

  it('imports answers filled in offline, in one transaction, with who did it', async () => {
    const f = await exported();
    const r = f.rowOf(items[0].dossiernummer);
    r.getCell(f.col('A8_lopende_interventie')).value = 'ja';
    r.getCell(f.col('E1_uren_teamlid')).value = 20;
    const second = f.rowOf(items[1].dossiernummer);
    second.getCell(f.col('A1_huishoudtype')).value = 'oudere';
    const result = await importTallies(db, { studyId, data: await f.bytes(), actor: 'offline' });
    expect(result).toEqual({ ok: true, cases: 2, answers: 3 });
    expect(answers()).toMatchObject({ A8: 'ja', E1: 20, F1: '=1+1', 'C.r1.type': 'amw' });
    expect(getAnswers(db, items[1].id).A1).toMatchObject({ value: 'oudere', updatedBy: 'offline' });
  });

  it('reports every bad cell by row and column, in Dutch, and imports nothing', async () => {
    const f = await exported();
    const r = f.rowOf(items[0].dossiernummer);
    r.getCell(f.col('A1_huishoudtype')).value = 'kat';
    r.getCell(f.col('E1_uren_teamlid')).value = 'veel';
    f.rowOf(items[1].dossiernummer).getCell(f.col('A8_lopende_interventie')).value = 'ja';
    const result = await importTallies(db, { studyId, data: await f.bytes(), actor: 't' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.column).sort()).toEqual(['A1_huishoudtype', 'E1_uren_teamlid']);
      expect(result.errors.find((e) => e.column === 'A1_huishoudtype')!.reason).toMatch(/"kat" is geen geldige keuze/);
    }
    expect(getAnswers(db, items[1].id).A8).toBeUndefined();
  });

  it('shows a conflict when the app changed the case after the export, and overwrites nothing', async () => {
    const f = await exported();
    f.rowOf(items[0].dossiernummer).getCell(f.col('E1_uren_teamlid')).value = 30;
    const rev = getAnswers(db, items[0].id).E1.revision;
    saveAnswers(db, {
      studyId,
      sampleItemId: items[0].id,
      actor: 'app',
      changes: [{ key: 'E1', value: 15, baseRevision: rev }],
    });
    const result = await importTallies(db, { studyId, data: await f.bytes(), actor: 't' });
    expect(result).toMatchObject({
      ok: false,
      conflicts: [{ column: 'E1_uren_teamlid', fileValue: 30, appValue: 15 }],
    });
    expect(answers().E1).toBe(15);
  });

  it('takes back a filled-in offline template; its blank cells clear nothing', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportTemplateFile(db, studyId, 'Anouk', 't'))! as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Steekproef')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    expect(header.some((h) => h.startsWith('T_'))).toBe(false);
    expect(wb.getWorksheet('Codes')!.state).toBe('hidden');
    const a1 = header.indexOf('A1_huishoudtype') + 1;
    expect(ws.getCell(2, a1).dataValidation).toMatchObject({
      type: 'list',
      formulae: [expect.stringMatching(/^Codes!\$[A-Z]+\$1:\$[A-Z]+\$3$/)],
    });
    expect(ws.getCell(2, header.indexOf('E1_uren_teamlid') + 1).dataValidation).toMatchObject({
      type: 'whole',
      formulae: [0, 500],
    });
    const row = ws.getRows(2, ws.rowCount - 1)!.find((r) => r.getCell(1).value === items[0].dossiernummer)!;
    row.getCell(header.indexOf('A8_lopende_interventie') + 1).value = 'nee';
    row.getCell(header.indexOf('A9_outreachend_gevonden') + 1).value = 'ja';
    const result = await importTallies(db, {
      studyId,
      data: new Uint8Array(await wb.xlsx.writeBuffer()),
      actor: 'sjabloon',
    });
    expect(result).toEqual({ ok: true, cases: 1, answers: 2 });
    expect(answers()).toMatchObject({ A1: 'gezin', E1: 12, A8: 'nee', A9: 'ja' });
  });

  it('refuses a file whose dossiernummer column is missing, and names it', async () => {
    const f = await exported();
    f.ws.getRow(1).getCell(1).value = 'dossier';
    const result = await importTallies(db, { studyId, data: await f.bytes(), actor: 't' });
    expect(result).toMatchObject({
      ok: false,
      errors: [{ reason: 'Kolom "dossiernummer" ontbreekt in het werkblad Steekproef.' }],
    });
  });

  it('refuses a changed dossiernummer (not in the sample) by row, and imports nothing', async () => {
    const f = await exported();
    const row = f.rowOf(items[1].dossiernummer);
    row.getCell(f.col('A1_huishoudtype')).value = 'overig';
    f.rowOf(items[0].dossiernummer).getCell(1).value = '999';
    const result = await importTallies(db, { studyId, data: await f.bytes(), actor: 't' });
    expect(result).toMatchObject({
      ok: false,
      errors: [{ column: 'dossiernummer', value: '999', reason: 'Dit dossier zit niet in de actieve steekproef.' }],
    });
    expect(getAnswers(db, items[1].id).A1).toBeUndefined();
  });

  it('refuses a file that is not a steekproefbestand', async () => {
    const result = await importTallies(db, { studyId, data: Buffer.from('%PDF-1.4'), actor: 't' });
    expect(result).toMatchObject({ ok: false, errors: [{ reason: expect.stringMatching(/geen Excel-werkmap/) }] });
  });
});

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => fs.existsSync(p));

describe.skipIf(!soffice && !process.env.CI)('the export in LibreOffice', () => {
  it('converts to csv with the values of the database, leading zeros and dates intact', async () => {
    if (!soffice)
      throw new Error('LibreOffice is needed for this test in CI (.ci/run installs libreoffice-calc-nogui).');
    // Only a finished case exports its answers: complete this one first.
    const current = getAnswers(db, items[0].id);
    const done = saveAnswers(db, {
      studyId,
      sampleItemId: items[0].id,
      actor: 't',
      changes: [
        { key: 'A8', value: 'ja', baseRevision: current.A8?.revision ?? 0 },
        { key: 'C.r1.actie', value: 'ingezet', baseRevision: current['C.r1.actie']?.revision ?? 0 },
        { key: 'C.r1.oud', value: 'nee', baseRevision: current['C.r1.oud']?.revision ?? 0 },
        ...allRestAnswers(codebookV1, defaultLists, {}).map((r) => ({ ...r, baseRevision: 0 })),
      ],
    });
    expect(done.ok && done.outcomes.every((o) => o.status === 'saved')).toBe(true);
    expect(finishCase(db, { studyId, sampleItemId: items[0].id, actor: 't' })).toEqual({
      ok: true,
      status: 'besproken',
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-'));
    const file = path.join(dir, 'steekproef.xlsx');
    fs.writeFileSync(file, (await exportSampleFile(db, studyId, 'xlsx', 't'))!);
    execFileSync(
      soffice,
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):59,34,76,1',
        '--outdir',
        dir,
        file,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const csv = fs
      .readFileSync(path.join(dir, 'steekproef.csv'), 'utf8')
      .trim()
      .split(/\r?\n/)
      .map((l) => l.split(';').map((c) => c.replace(/^"|"$/g, '')));
    fs.rmSync(dir, { recursive: true, force: true });
    const header = csv[0];
    const row = csv.find((r) => r[0] === items[0].dossiernummer)!;
    expect(row, 'dossiernummer with leading zeros').toBeDefined();
    expect(row[header.indexOf('A1_huishoudtype')]).toBe('gezin');
    expect(row[header.indexOf('E1_uren_teamlid')]).toBe('12');
    expect(row[header.indexOf('F1_notitie')]).toBe('=1+1');
    expect(row[header.indexOf('startdatum')]).toBe('01-02-2018');
  }, 180_000);
});
