import ExcelJS from 'exceljs';
import type { Codebook, StudyLists } from '../codebook';
import type { InputEstimate } from '../aggregate';
import { sampleTable, trajectoryTable, type Cell, type ExportCase } from './sample-rows';
import { DATE_FORMAT, DATETIME_FORMAT, INTEGER_FORMAT, NUMBER_FORMAT, styleTable } from './sheet-style';

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
  replacements: { at: Date; by: string; caseworker: string; unusable: string; reason: string; note: string | null; reserve: string | null }[];
}

export interface SampleWorkbookInput {
  cases: ExportCase[];
  codebook: Codebook;
  lists: StudyLists;
  inputs: InputEstimate[];
  accountability: Accountability;
  exportedAt: Date;
  appVersion: string;
}

function addTable(wb: ExcelJS.Workbook, name: string, header: readonly string[], rows: readonly Cell[][], textColumns: number[] = []) {
  const ws = wb.addWorksheet(name);
  ws.addRow([...header]);
  for (const r of rows) ws.addRow(r);
  // Dossier numbers and codes stay text: "000123" keeps its zeros, "=1+1" is never a formula.
  for (const c of textColumns) ws.getColumn(c).numFmt = '@';
  styleTable(ws);
  return ws;
}

/**
 * The steekproefbestand: Steekproef (one row per case), Trajecten (long), Codeboek (what each
 * column means), MKBA-invoer (the estimates) and Verantwoording (certificate, replacements).
 */
export function buildSampleWorkbook(input: SampleWorkbookInput): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = `Dossieranalyse ${input.appVersion}`;
  wb.created = input.exportedAt;

  const sample = sampleTable(input.cases, input.codebook, input.lists);
  const ws = addTable(wb, 'Steekproef', sample.header, sample.rows, [1]);
  ws.getColumn(4).numFmt = DATE_FORMAT;
  ws.getColumn(7).numFmt = NUMBER_FORMAT;

  const traj = trajectoryTable(input.cases, input.codebook);
  addTable(wb, 'Trajecten', traj.header, traj.rows, [1]);

  const fixed: Cell[][] = [
    ['dossiernummer', 'Dossiernummer (tekst)', '', 'kader'], ['team', 'Team', '', 'kader'], ['teamlid', 'Teamlid (stratum)', '', 'kader'],
    ['startdatum', 'Startdatum van het dossier volgens het kader', 'datum', 'kader'],
    ['N_h', 'Aantal dossiers van het teamlid in het kader', '', 'steekproef'], ['n_h', 'Aantal afgeronde bruikbare dossiers van het teamlid', '', 'steekproef'],
    ['gewicht', 'Designgewicht N_h / n_h (alleen afgeronde dossiers)', '', 'steekproef'],
    ['status', 'te_bespreken / besproken / onbruikbaar / reserve_in_gebruik', '', 'steekproef'], ['rol', 'sample of reserve', '', 'steekproef'],
    ['reden_onbruikbaar', 'Reden waarom het dossier onbruikbaar is', '', 'steekproef'],
    ['versie_antwoorden', 'Versie van de antwoorden bij export; bij terugzetten wordt zo gezien of de app intussen is gewijzigd. Niet aanpassen.', 'getal', 'steekproef'],
  ];
  const codebookRows: Cell[][] = [
    ...fixed,
    ...sample.columns.map((c) => [c.name, c.label + (c.askedWhen ? ` (alleen als ${c.askedWhen})` : '') + (c.derived ? ' (afgeleid)' : ''),
      c.codes ? Object.entries(c.codes).map(([k, v]) => `${k} = ${v}`).join('; ') : c.kind === 'integer' ? `${c.min}–${c.max}` : c.kind, c.section]),
    ...sample.header.filter((h) => h.startsWith('T_')).map((h) => [h, `Turving per huishouden: ${h.slice(2)}`, 'getal', 'turving']),
  ];
  addTable(wb, 'Codeboek', ['kolom', 'vraag', 'codes', 'sectie'], codebookRows);

  const mkba = addTable(wb, 'MKBA-invoer', ['invoer', 'gemiddelde', 'se', 'bi_laag', 'bi_hoog', 'n', 'totaal_caseload'],
    input.inputs.map((i) => [i.key, i.mean, i.se, i.ciLow, i.ciHigh, i.n, i.total ?? null]));
  for (const c of [2, 3, 4, 5, 7]) mkba.getColumn(c).numFmt = '0.0000';

  const a = input.accountability;
  const acc = wb.addWorksheet('Verantwoording');
  const facts: [string, string | number | Date][] = [
    ['Onderzoek', `${a.study.name} (${a.study.municipality}, ${a.study.year})`], ['Versie steekproef', a.version],
    ['Algoritme', a.algorithm], ['Seed', a.seed], ['SHA-256 van het kader', a.frameSha256],
    ['Per teamlid', `${a.perCaseworker} dossiers + ${a.reserves} reserves`], ['Getrokken door', a.drawnBy], ['Getrokken op', a.drawnAt],
    ['Geëxporteerd op', input.exportedAt], ['Versie Dossieranalyse', input.appVersion], ['Dossiers in dit bestand', input.cases.length],
  ];
  for (const [k, v] of facts) acc.addRow([k, v]);
  acc.addRow([]);
  acc.addRow(['Vervangingen', 'Door', 'Teamlid', 'Onbruikbaar', 'Reden', 'Toelichting', 'Reserve in gebruik']).font = { bold: true };
  for (const r of a.replacements) acc.addRow([r.at, r.by, r.caseworker, r.unusable, r.reason, r.note, r.reserve ?? 'geen reserve meer']);
  acc.getColumn(1).width = 26;
  acc.getColumn(2).width = 70;
  acc.eachRow((row) => row.eachCell((cell) => { if (cell.value instanceof Date) cell.numFmt = DATETIME_FORMAT; }));
  acc.getCell('B2').numFmt = INTEGER_FORMAT;
  return wb;
}
