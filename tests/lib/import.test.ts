import { describe, expect, it } from 'vitest';
import { parseFrameFile } from '@/lib/import';
import { mapHeaders, normalizeHeader } from '@/lib/import/headers';
import { parseDateCell } from '@/lib/import/values';
import { validateFrame } from '@/lib/import/validate-frame';
import { csvBuffer, PDF_BYTES, VALID_BSN, xlsxBuffer } from '../fixtures/frame-files';

const HEADER = 'dossiernummer;teamlid;team';
const reasons = (p: { errors: { reason: string }[] }) => p.errors.map((e) => e.reason).join('\n');

describe('header recognition', () => {
  it('matches case-insensitively, tolerant of spaces, accents and aliases', () => {
    expect(normalizeHeader(' Dossier nr. ')).toBe('dossiernr');
    const m = mapHeaders(['Dossier nr', 'MEDEWERKER', 'Wíjk', 'Huishoud type', 'Start datum', 'Status', 'Opmerking']);
    expect(m.map((c) => c.field)).toEqual([
      'dossiernummer',
      'teamlid',
      'team',
      'huishoudtype',
      'startdatum',
      'status',
      null,
    ]);
    expect(m[6].status).toBe('genegeerd');
  });

  it('refuses personal-data headers but keeps the caseworker name column', () => {
    const m = mapHeaders([
      'dossiernummer',
      'Naam medewerker',
      'team',
      'Naam cliënt',
      'BSN',
      'Geboortedatum',
      'E-mail',
      'Postcode',
      'Adres',
      'Telefoon',
    ]);
    expect(m[1]).toMatchObject({ field: 'teamlid', status: 'gebruikt' });
    expect(m.slice(3).map((c) => c.status)).toEqual(Array(7).fill('geweigerd'));
  });
});

describe('dates', () => {
  it('reads Dutch and ISO dates and rejects impossible ones', () => {
    expect(parseDateCell('1-2-2018')).toBe('2018-02-01');
    expect(parseDateCell('2018-02-01')).toBe('2018-02-01');
    expect(parseDateCell(new Date(Date.UTC(2018, 1, 1)))).toBe('2018-02-01');
    expect(parseDateCell('31-02-2018')).toBeNull();
    expect(parseDateCell('morgen')).toBeNull();
  });
});

describe('parseFrameFile: csv', () => {
  it('reads a semicolon csv with BOM and é, ë, ij', async () => {
    const p = await parseFrameFile(
      csvBuffer(['Dossier nr;Medewerker;Wijk', '00123;Renée Ëmmen;Corpus den Hoorn', '00124;Bram ĳsselmeer;Hoogkerk'], {
        bom: true,
      }),
      'kader.csv',
    );
    expect(p.errorCount).toBe(0);
    expect(p.encoding).toBe('utf-8-bom');
    expect(p.delimiter).toBe(';');
    expect(p.rows.map((r) => [r.dossiernummer, r.teamlid])).toEqual([
      ['00123', 'Renée Ëmmen'],
      ['00124', 'Bram ĳsselmeer'],
    ]);
    expect(p.mapping[0].header).toBe('Dossier nr'); // BOM not part of the first header
  });

  it('reads a Windows-1252 csv', async () => {
    const p = await parseFrameFile(
      csvBuffer([HEADER, '7;José Müller;Vinkhuizen', '8;Zoë de Wit;Beijum'], { encoding: 'windows-1252' }),
      'kader.csv',
    );
    expect(p.errorCount).toBe(0);
    expect(p.encoding).toBe('windows-1252');
    expect(p.rows.map((r) => r.teamlid)).toEqual(['José Müller', 'Zoë de Wit']);
  });

  it('reads a comma csv with quotes and skips empty rows', async () => {
    const p = await parseFrameFile(
      csvBuffer(['dossiernummer,teamlid,team', '"001","de Vries, Anouk",Beijum', '', ',,', '002,Bram,Beijum']),
      'k.csv',
    );
    expect(p.errorCount).toBe(0);
    expect(p.rows.map((r) => [r.row, r.teamlid])).toEqual([
      [2, 'de Vries, Anouk'],
      [5, 'Bram'],
    ]);
  });

  it('refuses an empty file and a header-only file', async () => {
    const empty = await parseFrameFile(new Uint8Array(), 'leeg.csv');
    expect(reasons(empty)).toMatch(/leeg/);
    const headerOnly = await parseFrameFile(csvBuffer([HEADER]), 'kop.csv');
    expect(headerOnly.errorCount).toBe(1);
    expect(reasons(headerOnly)).toMatch(/alleen een kopregel/);
  });

  it('refuses a file without a teamlid column and names what it found', async () => {
    const p = await parseFrameFile(csvBuffer(['dossiernummer;team', '1;Beijum']), 'k.csv');
    expect(p.errors).toHaveLength(1);
    expect(p.errors[0]).toMatchObject({ column: 'teamlid' });
    expect(p.errors[0].reason).toMatch(/Verplichte kolom "teamlid" ontbreekt.*dossiernummer, team/);
  });

  it('reports a duplicate dossiernummer once, with its rows and a count', async () => {
    const p = await parseFrameFile(csvBuffer([HEADER, '1;a;T', '2;a;T', '1;b;T', '1;c;T']), 'k.csv');
    expect(p.errorCount).toBe(1);
    expect(p.errors[0]).toMatchObject({ row: 4, column: 'dossiernummer', value: '1' });
    expect(p.errors[0].reason).toBe(
      'Dossiernummer 1 komt 3 keer voor (rijen 2, 4, 5). Elk dossier mag maar één keer in het kader staan.',
    );
  });

  it('reports 20,000 rows of one dossiernummer as one short message (validation is linear)', async () => {
    const lines = [HEADER, '2;a;T', ...Array.from({ length: 20_000 }, (_, i) => `D-1;w${i % 7};T`)];
    const p = await parseFrameFile(csvBuffer(lines), 'k.csv');
    expect(p.errorCount).toBe(1);
    expect(p.errors).toHaveLength(1);
    expect(p.errors[0].reason).toBe(
      'Dossiernummer D-1 komt 20000 keer voor (rijen 3, 4, 5, 6, 7 en nog 19995 andere). Elk dossier mag maar één keer in het kader staan.',
    );
    expect(JSON.stringify(p.errors).length).toBeLessThan(500);
  });

  it('refuses a column named BSN, without echoing its values', async () => {
    const p = await parseFrameFile(csvBuffer(['dossiernummer;teamlid;team;BSN', `1;a;T;${VALID_BSN}`]), 'k.csv');
    expect(p.errors.some((e) => e.column === 'BSN' && /persoonsgegevens/.test(e.reason))).toBe(true);
    expect(JSON.stringify(p.errors)).not.toContain(VALID_BSN);
  });

  it('refuses a 9-digit value passing the 11-check in the team column, masked', async () => {
    const p = await parseFrameFile(csvBuffer([HEADER, `1;a;${VALID_BSN}`, '2;a;Beijum']), 'k.csv');
    expect(p.errorCount).toBe(1);
    expect(p.errors[0]).toMatchObject({ row: 2, column: 'team', value: '11*******' });
    expect(p.errors[0].reason).toMatch(/BSN/);
  });

  it('accepts a 9-digit value that fails the 11-check, and a BSN-like dossiernummer', async () => {
    const p = await parseFrameFile(csvBuffer([HEADER, `${VALID_BSN};a;123456789`]), 'k.csv');
    expect(p.errorCount).toBe(0);
  });

  it('also catches a grouped BSN in an ignored column', async () => {
    const p = await parseFrameFile(csvBuffer(['dossiernummer;teamlid;team;kenmerk', '1;a;T;111 222 333']), 'k.csv');
    expect(p.errorCount).toBe(1);
    expect(p.errors[0].column).toBe('kenmerk');
  });

  it('validates optional columns', async () => {
    const p = await parseFrameFile(
      csvBuffer(['dossiernummer;teamlid;team;huishoudtype;startdatum', '1;a;T;Gezin;1-3-2018', '2;a;T;kat;2018-13-01']),
      'k.csv',
    );
    expect(p.errors.map((e) => e.column)).toEqual(['huishoudtype', 'startdatum']);
    expect(p.errorCount).toBe(2);
  });
});

describe('validateFrame: header search and lengths', () => {
  const required = (found: string, row: number) =>
    (['dossiernummer', 'teamlid', 'team'] as const).map((field) => ({
      row,
      column: field,
      value: null,
      reason: `Verplichte kolom "${field}" ontbreekt. Gevonden kolommen: ${found}. Geef de kolom de kop "${field}" en importeer opnieuw.`,
    }));

  it('a file in which no row names a required column: the first non-empty row is the header, and it says so', () => {
    // A title, an empty row and 25 data rows without a header: no row scores, the title row is named.
    const raw = [['Caseload januari'], [], ...Array.from({ length: 25 }, (_, i) => [`D-${i}`, 'Kim', 'Noord'])];
    const v = validateFrame(raw);
    expect(v.headerRow).toBe(1);
    expect(v.rows).toEqual([]);
    expect(v.errorCount).toBe(3);
    expect(v.errors).toEqual(required('Caseload januari', 1));
  });

  it('below title rows, the row that names the most required columns is the header', () => {
    const raw = [
      ['Caseload'],
      ['dossiernummer', 'opmerking'],
      ['dossiernummer', 'teamlid', 'team'],
      ['1', 'Kim', 'Noord'],
    ];
    const v = validateFrame(raw);
    expect(v.headerRow).toBe(3);
    expect(v.errorCount).toBe(0);
    expect(v.rows.map((r) => [r.row, r.dossiernummer])).toEqual([[4, '1']]);
  });

  it('a dossiernummer of exactly 64 characters passes, 65 is refused in Dutch (masked)', () => {
    const raw = (dossiernummer: string) => [
      ['dossiernummer', 'teamlid', 'team'],
      [dossiernummer, 'Kim', 'Noord'],
    ];
    const ok = validateFrame(raw('D'.repeat(64)));
    expect(ok.errorCount).toBe(0);
    expect(ok.rows.map((r) => r.dossiernummer)).toEqual(['D'.repeat(64)]);
    const long = validateFrame(raw('D'.repeat(65)));
    expect(long.rows).toEqual([]);
    expect(long.errors).toEqual([
      {
        row: 2,
        column: 'dossiernummer',
        value: 'DD**********',
        reason: 'Waarde is te lang (65 tekens, maximaal 64). Maak de waarde korter en importeer opnieuw.',
      },
    ]);
  });
});

describe('parseFrameFile: xlsx', () => {
  it('keeps dossiernummer as text: leading zeros survive, numbers never become "123.0"', async () => {
    const buf = await xlsxBuffer({
      headers: ['Dossiernummer', 'Teamlid', 'Team', 'Startdatum'],
      rows: [
        ['000123', 'Anouk', 'Beijum', new Date(Date.UTC(2018, 0, 5))],
        [123, 'Anouk', 'Beijum', '05-01-2018'],
        [45, 'Bram', 'Beijum', null],
      ],
      numFmts: {},
    });
    const p = await parseFrameFile(buf, 'k.xlsx');
    expect(p.errorCount).toBe(0);
    expect(p.rows.map((r) => r.dossiernummer)).toEqual(['000123', '123', '45']);
    expect(p.rows.map((r) => r.startdatum)).toEqual(['2018-01-05', '2018-01-05', null]);
  });

  it('keeps zeros shown by a 000000 number format', async () => {
    const buf = await xlsxBuffer({
      headers: ['dossiernummer', 'teamlid', 'team'],
      rows: [[42, 'a', 'T']],
      numFmts: { 0: '000000' },
    });
    expect((await parseFrameFile(buf, 'k.xlsx')).rows[0].dossiernummer).toBe('000042');
  });

  it('uses the value of formula cells', async () => {
    const buf = await xlsxBuffer({
      headers: ['dossiernummer', 'teamlid', 'team'],
      rows: [
        [{ formula: '"D"&TEXT(1,"000")', result: 'D001' }, 'a', { formula: 'UPPER("beijum")', result: 'BEIJUM' }],
        [{ formula: '1000+1', result: 1001 }, 'a', 'T'],
      ],
    });
    const p = await parseFrameFile(buf, 'k.xlsx');
    expect(p.errorCount).toBe(0);
    expect(p.rows.map((r) => [r.dossiernummer, r.team])).toEqual([
      ['D001', 'BEIJUM'],
      ['1001', 'T'],
    ]);
  });

  it('finds the header below a merged title row and tolerates merged header cells', async () => {
    const buf = await xlsxBuffer({
      title: 'Caseload WIJ-teams 2018 (export registratiesysteem)',
      headers: ['dossiernummer', 'teamlid', 'team', 'opmerking', ''],
      rows: [
        ['1', 'a', 'Beijum', 'x', 'y'],
        ['2', 'b', 'Hoogkerk', null, null],
      ],
      merges: ['D2:E2'],
    });
    const p = await parseFrameFile(buf, 'k.xlsx');
    expect(p.errorCount).toBe(0);
    expect(p.headerRow).toBe(2);
    expect(p.rows.map((r) => r.row)).toEqual([3, 4]);
    expect(p.warnings.map((w) => w.column)).toEqual(['opmerking']);
  });

  it('reads the first sheet by default and a chosen sheet on request', async () => {
    const buf = await xlsxBuffer({
      sheetsBefore: [{ name: 'Toelichting', rows: [['Dit is een toelichting']] }],
      sheetName: 'Data',
      headers: ['dossiernummer', 'teamlid', 'team'],
      rows: [['1', 'a', 'T']],
    });
    const first = await parseFrameFile(buf, 'k.xlsx');
    expect(first.sheetName).toBe('Toelichting');
    expect(first.sheetNames).toEqual(['Toelichting', 'Data']);
    expect(first.errorCount).toBeGreaterThan(0);
    const chosen = await parseFrameFile(buf, 'k.xlsx', { sheet: 'Data' });
    expect(chosen.errorCount).toBe(0);
    expect(chosen.rows).toHaveLength(1);
    const missing = await parseFrameFile(buf, 'k.xlsx', { sheet: 'Blad9' });
    expect(reasons(missing)).toMatch(/Werkblad "Blad9" bestaat niet.*Toelichting, Data/);
  });

  it('refuses a PDF renamed to .xlsx with a clear message', async () => {
    const p = await parseFrameFile(PDF_BYTES, 'caseload.xlsx');
    expect(p.errorCount).toBe(1);
    expect(reasons(p)).toMatch(/PDF-bestand/);
  });

  it('refuses a damaged zip and a binary file', async () => {
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 1)]);
    expect(reasons(await parseFrameFile(zip, 'k.xlsx'))).toMatch(/niet als Excel-werkmap gelezen/);
    expect(reasons(await parseFrameFile(Buffer.from([1, 0, 2, 0, 3]), 'k.csv'))).toMatch(
      /geen tekst- of Excel-bestand/,
    );
  });
});
