import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { codebookV1, defaultLists } from '@/lib/codebook';
import { sampleTable, sampleWorkbookBuffer, toDutchCsv, type ExportCase } from '@/lib/excel';
import { tallyCase } from '@/lib/tally';
import { entriesToAnswers } from '@/lib/interview/answer-keys';

const entries = {
  A1: 'gezin',
  A8: 'nee',
  A9: 'ja',
  E1: 14,
  F1: '=HYPERLINK("http://x")',
  'B.financien.aanvang': 'ja',
  'B.financien.nu': 'nee',
  'B.financien.toeschrijving': 'deels',
  'C.r1.type': 'individuele_begeleiding',
  'C.r1.wie': 'professional',
  'C.r1.actie': 'ingezet',
  'C.r1.oud': 'nee',
};
const finished: ExportCase = {
  dossiernummer: '000123',
  team: 'Beijum',
  teamlid: 'Anouk',
  N: 40,
  n: 2,
  weight: 20,
  status: 'besproken',
  role: 'sample',
  unusableReason: null,
  startDate: '2018-03-05',
  answersVersion: 12,
  entries,
  tally: tallyCase(entriesToAnswers(codebookV1, entries).answers, defaultLists, { codebook: codebookV1 }),
};
const unusable: ExportCase = {
  ...finished,
  dossiernummer: '000124',
  status: 'onbruikbaar',
  weight: null,
  unusableReason: 'Teamlid kent het dossier niet',
  entries: {},
  tally: null,
  startDate: null,
};

async function roundTrip() {
  const bytes = await sampleWorkbookBuffer({
    cases: [finished, unusable],
    codebook: codebookV1,
    lists: defaultLists,
    inputs: [
      {
        key: 'trajecten_per_hh',
        mean: 1.25,
        se: 0.5,
        ciLow: 0.27,
        ciHigh: 2.23,
        n: 2,
        df: 1,
        interval: 'log',
        flags: [],
      },
    ],
    exportedAt: new Date('2026-11-29T12:00:00Z'),
    appVersion: 'test',
    accountability: {
      study: { id: 1, name: 'T', municipality: 'G', year: 2018 },
      algorithm: 'srswor-fisher-yates-xoroshiro128plus-v1',
      seed: 42,
      frameSha256: 'ab'.repeat(32),
      version: 1,
      drawnBy: 'x',
      drawnAt: new Date('2026-11-01T10:00:00Z'),
      perCaseworker: 12,
      reserves: 3,
      replacements: [
        {
          at: new Date('2026-11-02T10:00:00Z'),
          by: 'x',
          caseworker: 'Anouk',
          unusable: '000124',
          reason: 'Teamlid kent het dossier niet',
          note: null,
          reserve: '000200',
        },
      ],
    },
  });
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes as unknown as ArrayBuffer);
  return back;
}

describe('steekproefbestand (xlsx)', () => {
  it('has the five sheets, a frozen filtered header, and every value typed', async () => {
    const wb = await roundTrip();
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Steekproef',
      'Trajecten',
      'Codeboek',
      'MKBA-invoer',
      'Verantwoording',
    ]);
    const ws = wb.getWorksheet('Steekproef')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    const cell = (row: number, name: string) => ws.getRow(row).getCell(header.indexOf(name) + 1).value;
    expect(cell(2, 'dossiernummer')).toBe('000123'); // text, zeros kept
    expect(cell(2, 'startdatum')).toEqual(new Date('2018-03-05T00:00:00Z')); // a real date cell
    expect(cell(2, 'gewicht')).toBe(20);
    expect(cell(2, 'A1_huishoudtype')).toBe('gezin');
    expect(cell(2, 'B_financien_verandering')).toBe('verbeterd'); // derived values exported
    expect(cell(2, 'C1_type')).toBe('individuele_begeleiding');
    expect(cell(2, 'E1_uren_teamlid')).toBe(14);
    expect(cell(2, 'F1_notitie')).toBe('=HYPERLINK("http://x")'); // a string, never a formula
    expect(cell(2, 'T_prof_extra_per_hh')).toBe(1);
    expect(cell(2, 'T_net_improved.financien')).toBe(0.5);
    expect(cell(3, 'reden_onbruikbaar')).toBe('Teamlid kent het dossier niet');
    expect(cell(3, 'T_trajecten_per_hh')).toBeNull();
  });

  it('explains every Steekproef column in the Codeboek sheet', async () => {
    const wb = await roundTrip();
    const header = (wb.getWorksheet('Steekproef')!.getRow(1).values as unknown[]).slice(1);
    const explained = wb.getWorksheet('Codeboek')!.getColumn(1).values.slice(2);
    expect(explained).toEqual([...header, '(lege cel)']); // and, last, what an empty cell means
    expect(
      wb
        .getWorksheet('Codeboek')!
        .getRows(2, 400)!
        .find((r) => r.getCell(1).value === '(lege cel)')!
        .getCell(2).value,
    ).toMatch(/nooit als "nee"/);
    const codes = wb
      .getWorksheet('Codeboek')!
      .getRows(2, 200)!
      .find((r) => r.getCell(1).value === 'A1_huishoudtype')!
      .getCell(3).value;
    expect(codes).toMatch(/gezin = gezin \(met minderjarige kinderen\)/);
  });

  it('has the trajectories in long format, the estimates and the certificate', async () => {
    const wb = await roundTrip();
    expect((wb.getWorksheet('Trajecten')!.getRow(2).values as unknown[]).slice(1)).toEqual(
      ['000123', 'Anouk', 1, 'individuele_begeleiding', 'professional', 'ingezet', 'nee', null, 'prof_extra'].map(
        (v) => v ?? undefined,
      ),
    );
    expect((wb.getWorksheet('MKBA-invoer')!.getRow(2).values as unknown[]).slice(1, 7)).toEqual([
      'trajecten_per_hh',
      1.25,
      0.5,
      0.27,
      2.23,
      2,
    ]);
    expect((wb.getWorksheet('MKBA-invoer')!.getRow(2).values as unknown[]).slice(8, 10)).toEqual(['log', 1]);
    const acc = wb.getWorksheet('Verantwoording')!;
    const facts = Object.fromEntries(acc.getRows(1, 11)!.map((r) => [r.getCell(1).value, r.getCell(2).value]));
    expect(facts).toMatchObject({
      Seed: 42,
      Algoritme: 'srswor-fisher-yates-xoroshiro128plus-v1',
      'SHA-256 van het kader': 'ab'.repeat(32),
    });
    expect(facts['Geëxporteerd op']).toEqual(new Date('2026-11-29T12:00:00Z'));
  });
});

describe('steekproefbestand (csv)', () => {
  it('is ;-separated with a BOM and decimal commas, and defuses formula-like text', () => {
    const t = sampleTable([{ ...finished, weight: 12.5 }], codebookV1, defaultLists);
    const csv = toDutchCsv(t.header, t.rows);
    expect(csv.startsWith('\uFEFFdossiernummer;team;teamlid;startdatum;')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
    const col = (name: string) => rows[1][rows[0].indexOf(name)];
    expect(col('dossiernummer')).toBe('000123');
    expect(col('gewicht')).toBe('12,5');
    expect(col('F1_notitie')).toBe('\'=HYPERLINK("http://x")');
  });
});
