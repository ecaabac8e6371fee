import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Codebook, StudyLists } from '../codebook';
import type { InputEstimate } from '../aggregate';
import type { SampleDesign } from '../estimate';
import { sampleTable, trajectoryTable, type Cell, type ExportCase } from './sample-rows';
import { DATE_FORMAT, DATETIME_FORMAT, NUMBER_FORMAT } from './sheet-style';

export interface Accountability {
  study: { id: number; name: string; municipality: string; year: number };
  algorithm: string;
  seed: number;
  frameSha256: string;
  version: number;
  drawnBy: string;
  drawnAt: Date;
  perCaseworker: number;
  reserves: number;
  replacements: {
    at: Date;
    by: string;
    caseworker: string;
    unusable: string;
    reason: string;
    note: string | null;
    reserve: string | null;
  }[];
}

export interface SampleWorkbookInput {
  cases: ExportCase[];
  codebook: Codebook;
  lists: StudyLists;
  inputs: InputEstimate[];
  /** The design behind the estimates (degrees of freedom and per-case data), for the MKBA sheets. */
  design?: { df: number | null; sample: SampleDesign | null };
  accountability: Accountability;
  exportedAt: Date;
  appVersion: string;
  /** Further table sheets (MKBA, EffectenArena), written after MKBA-invoer in this order. */
  extraSheets?: TableSheet[];
}

/** A plain table sheet: header, rows, and number formats by 1-based column. */
export interface TableSheet {
  name: string;
  header: readonly string[];
  rows: readonly Cell[][];
  formats?: Record<number, string>;
}

type StreamBook = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;

/** Column width from the header and the first rows (a streamed sheet needs widths up front). */
function widths(header: readonly string[], rows: readonly Cell[][]): number[] {
  return header.map((h, i) => {
    let w = Math.max(8, h.length + 2);
    for (const r of rows.slice(0, 200)) {
      const v = r[i];
      w = Math.max(w, v instanceof Date ? 12 : v == null ? 0 : Math.min(45, String(v).length + 2));
    }
    return Math.min(45, w);
  });
}

/**
 * A table sheet written row by row (committed rows leave memory): header frozen, bold and
 * filtered. Dossier numbers and codes in `text` columns stay text ("000123", "=1+1").
 */
function addTable(
  wb: StreamBook,
  name: string,
  header: readonly string[],
  rows: readonly Cell[][],
  formats: Record<number, string> = {},
) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const w = widths(header, rows);
  ws.columns = header.map((h, i) => ({
    header: h,
    key: `c${i}`,
    width: w[i],
    ...(formats[i + 1] ? { style: { numFmt: formats[i + 1] } } : {}),
  }));
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: header.length } };
  for (const r of rows) ws.addRow(r).commit();
  ws.commit();
}

/**
 * The steekproefbestand, streamed to `out`: Steekproef (one row per case), Trajecten (long),
 * Codeboek (what each column means), MKBA-invoer (the estimates) and Verantwoording
 * (certificate, replacements). Streaming keeps a 2,000-case export far below 500 MB.
 */
export async function writeSampleWorkbook(input: SampleWorkbookInput, out: Writable): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });

  const sample = sampleTable(input.cases, input.codebook, input.lists);
  addTable(wb, 'Steekproef', sample.header, sample.rows, { 1: '@', 4: DATE_FORMAT, 7: NUMBER_FORMAT });

  const traj = trajectoryTable(input.cases, input.codebook);
  addTable(wb, 'Trajecten', traj.header, traj.rows, { 1: '@' });

  const fixed: Cell[][] = [
    ['dossiernummer', 'Dossiernummer (tekst)', '', 'kader'],
    ['team', 'Team', '', 'kader'],
    ['teamlid', 'Teamlid (stratum)', '', 'kader'],
    ['startdatum', 'Startdatum van het dossier volgens het kader', 'datum', 'kader'],
    ['N_h', 'Aantal dossiers van het teamlid in het kader', '', 'steekproef'],
    ['n_h', 'Aantal afgeronde bruikbare dossiers van het teamlid', '', 'steekproef'],
    ['gewicht', 'Designgewicht N_h / n_h (alleen afgeronde dossiers)', '', 'steekproef'],
    ['status', 'te_bespreken / besproken / onbruikbaar / reserve_in_gebruik', '', 'steekproef'],
    ['rol', 'sample of reserve', '', 'steekproef'],
    ['reden_onbruikbaar', 'Reden waarom het dossier onbruikbaar is', '', 'steekproef'],
    [
      'versie_antwoorden',
      'Versie van de antwoorden bij export; bij terugzetten wordt zo gezien of de app intussen is gewijzigd. Niet aanpassen.',
      'getal',
      'steekproef',
    ],
    [
      'voorgevuld_uit_kader',
      'Bij een dossier dat nog niet besproken is: de kolommen die uit het kader zijn voorgevuld (geen interviewantwoord)',
      '',
      'kader',
    ],
  ];
  const codebookRows: Cell[][] = [
    ...fixed,
    ...sample.columns.map((c) => [
      c.name,
      c.label + (c.askedWhen ? ` (alleen als ${c.askedWhen})` : '') + (c.derived ? ' (afgeleid)' : ''),
      c.codes
        ? Object.entries(c.codes)
            .map(([k, v]) => `${k} = ${v}`)
            .join('; ')
        : c.kind === 'integer'
          ? `${c.min}–${c.max}`
          : c.kind,
      c.section,
    ]),
    ...sample.header
      .filter((h) => h.startsWith('T_'))
      .map((h) => [h, `Turving per huishouden: ${h.slice(2)}`, 'getal', 'turving']),
    [
      '(lege cel)',
      'Een lege cel betekent: niet beantwoord, of niet gevraagd bij de andere antwoorden. Een leeg antwoord telt nooit als "nee" of "niet aan de orde". Dossiers die niet besproken zijn (nog niet geïnterviewd, reserve, onbruikbaar) hebben geen antwoorden, alleen wat uit het kader is voorgevuld. Afgeleide kolommen en turvingen (T_…) zijn leeg zolang hun invoer ontbreekt.',
      '',
      'uitleg',
    ],
  ];
  addTable(wb, 'Codeboek', ['kolom', 'vraag', 'codes', 'sectie'], codebookRows);

  // interval: logit (aandelen), log (aantallen per huishouden) or t (symmetrisch); df = dossiers − teamleden.
  addTable(
    wb,
    'MKBA-invoer',
    ['invoer', 'gemiddelde', 'se', 'bi_laag', 'bi_hoog', 'n', 'totaal_caseload', 'interval', 'df'],
    input.inputs.map((i) => [i.key, i.mean, i.se, i.ciLow, i.ciHigh, i.n, i.total ?? null, i.interval, i.df]),
    { 2: '0.0000', 3: '0.0000', 4: '0.0000', 5: '0.0000', 7: '#,##0.0' },
  );

  for (const sheet of input.extraSheets ?? []) addTable(wb, sheet.name, sheet.header, sheet.rows, sheet.formats);

  const a = input.accountability;
  const acc = wb.addWorksheet('Verantwoording');
  acc.columns = [
    { width: 26 },
    { width: 70 },
    { width: 18 },
    { width: 14 },
    { width: 30 },
    { width: 30 },
    { width: 18 },
  ];
  const facts: [string, string | number | Date][] = [
    ['Onderzoek', `${a.study.name} (${a.study.municipality}, ${a.study.year})`],
    ['Versie steekproef', a.version],
    ['Algoritme', a.algorithm],
    ['Seed', a.seed],
    ['SHA-256 van het kader', a.frameSha256],
    ['Per teamlid', `${a.perCaseworker} dossiers + ${a.reserves} reserves`],
    ['Getrokken door', a.drawnBy],
    ['Getrokken op', a.drawnAt],
    ['Geëxporteerd op', input.exportedAt],
    ['Versie Dossieranalyse', input.appVersion],
    ['Dossiers in dit bestand', input.cases.length],
  ];
  const dated = (row: ExcelJS.Row) => {
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = DATETIME_FORMAT;
    });
    row.commit();
  };
  for (const f of facts) dated(acc.addRow(f));
  acc.addRow([]).commit();
  const head = acc.addRow([
    'Vervangingen',
    'Door',
    'Teamlid',
    'Onbruikbaar',
    'Reden',
    'Toelichting',
    'Reserve in gebruik',
  ]);
  head.font = { bold: true };
  head.commit();
  for (const r of a.replacements)
    dated(acc.addRow([r.at, r.by, r.caseworker, r.unusable, r.reason, r.note, r.reserve ?? 'geen reserve meer']));
  acc.commit();
  await wb.commit();
}

/** The workbook as bytes (collected from the stream). */
export async function sampleWorkbookBuffer(input: SampleWorkbookInput): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const out = new PassThrough();
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  await writeSampleWorkbook(input, out);
  await done;
  return Buffer.concat(chunks);
}
