import { frameCellRefusal, safeHeader } from '../privacy/frame-cells';
import {
  FIELD_LABELS,
  mapHeaders,
  REQUIRED_FIELDS,
  requiredFieldScore,
  type ColumnMapping,
  type FrameField,
} from './headers';
import { cellText, maskValue, parseDateCell, parseHouseholdType, type RawCell } from './values';
import { MAX_REPORTED_ERRORS, type FrameRow, type ImportIssue } from './types';

const HEADER_SEARCH_ROWS = 20;
/** A duplicated dossiernummer's message names its first rows only, and how often it occurs. */
export const DUPLICATE_ROWS_SHOWN = 5;
const MAX_LENGTH: Partial<Record<FrameField, number>> = { dossiernummer: 64, teamlid: 120, team: 120, status: 60 };

export interface FrameValidation {
  headerRow: number | null;
  mapping: ColumnMapping[];
  rows: FrameRow[];
  errors: ImportIssue[];
  errorCount: number;
  warnings: ImportIssue[];
}

class IssueList {
  readonly items: ImportIssue[] = [];
  count = 0;
  add(row: number | null, column: string | null, value: string | null, reason: string) {
    this.count++;
    if (this.items.length < MAX_REPORTED_ERRORS) this.items.push({ row, column, value, reason });
  }
}

const isEmptyRow = (cells: RawCell[]) => cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));

/** Title rows (often merged cells) may sit above the header: take the first row that names the most required columns. */
function findHeader(rows: RawCell[][]): number | null {
  let best: { index: number; score: number } | null = null;
  let looked = 0;
  for (let i = 0; i < rows.length && looked < HEADER_SEARCH_ROWS; i++) {
    if (isEmptyRow(rows[i])) continue;
    looked++;
    const score = requiredFieldScore(rows[i].map(cellText));
    if (!best || score > best.score) best = { index: i, score };
  }
  return best?.index ?? null;
}

function checkColumns(
  mapping: ColumnMapping[],
  headerRow: number,
  errors: IssueList,
  warnings: ImportIssue[],
): boolean {
  for (const col of mapping) {
    if (col.status === 'geweigerd') {
      errors.add(
        headerRow,
        col.header,
        null,
        `Kolom "${col.header}" lijkt persoonsgegevens te bevatten (naam, BSN, adres, postcode, geboortedatum, telefoon of e-mail). Dossieranalyse slaat geen persoonsgegevens op: verwijder deze kolom uit het bestand en importeer opnieuw.`,
      );
    } else if (col.status === 'dubbel') {
      errors.add(
        headerRow,
        col.header,
        null,
        `Kolom "${col.header}" is al gevonden als ${FIELD_LABELS[col.field!]}. Laat één kolom per gegeven over.`,
      );
    } else if (col.status === 'genegeerd' && col.header !== '') {
      warnings.push({
        row: headerRow,
        column: col.header,
        value: null,
        reason: `Onbekende kolom "${col.header}" wordt genegeerd.`,
      });
    }
  }
  const found = new Set(mapping.filter((c) => c.status === 'gebruikt').map((c) => c.field));
  const headers =
    mapping
      .map((c) => c.header)
      .filter(Boolean)
      .join(', ') || '(geen)';
  let ok = true;
  for (const field of REQUIRED_FIELDS) {
    if (found.has(field)) continue;
    ok = false;
    errors.add(
      headerRow,
      field,
      null,
      `Verplichte kolom "${field}" ontbreekt. Gevonden kolommen: ${headers}. Geef de kolom de kop "${field}" en importeer opnieuw.`,
    );
  }
  return ok;
}

/**
 * Turns raw rows into frame rows and a complete list of problems. Nothing is written here: the
 * caller stores the frame only when `errorCount` is 0 (all or nothing).
 */
export function validateFrame(raw: RawCell[][], rowNumbers?: number[]): FrameValidation {
  const errors = new IssueList();
  const warnings: ImportIssue[] = [];
  const rows: FrameRow[] = [];
  const rowNo = (i: number) => rowNumbers?.[i] ?? i + 1;
  const result = () => ({ headerRow, mapping, rows, errors: errors.items, errorCount: errors.count, warnings });

  const headerIndex = findHeader(raw);
  const headerRow = headerIndex === null ? null : rowNo(headerIndex);
  // A header that fails the personal-data guard is replaced before any message or warning can echo it.
  const mapping =
    headerIndex === null
      ? []
      : mapHeaders(raw[headerIndex].map(cellText)).map((c) => ({ ...c, header: safeHeader(c.header, c.index) }));
  if (headerIndex === null) {
    errors.add(null, null, null, 'Het bestand bevat geen gegevens. Kies het exportbestand met de caseload.');
    return result();
  }
  if (!checkColumns(mapping, headerRow!, errors, warnings)) return result();

  const col = (f: FrameField) => mapping.find((c) => c.field === f && c.status === 'gebruikt')?.index ?? -1;
  const [iDossier, iTeamlid, iTeam, iType, iStart, iStatus] = (
    ['dossiernummer', 'teamlid', 'team', 'huishoudtype', 'startdatum', 'status'] as const
  ).map(col);
  const headerOf = (i: number) => mapping[i]?.header || `kolom ${i + 1}`;
  const firstRowOf = new Map<string, number>();
  // Hoisted out of the row loop: no closure is created per row (100,000 rows).
  const textAt = (cells: RawCell[], idx: number) => (idx < 0 ? '' : cellText(cells[idx] ?? null));
  const duplicates = new Map<string, { rows: number[]; count: number }>();
  const textColumns = new Map(
    [
      [iTeamlid, 'teamlid'],
      [iTeam, 'team'],
      [iStatus, 'status'],
    ].filter(([i]) => (i as number) >= 0) as [number, string][],
  );

  for (let i = headerIndex + 1; i < raw.length; i++) {
    const cells = raw[i];
    if (isEmptyRow(cells)) continue;
    const r = rowNo(i);
    let rowOk = true;

    // Personal-data guard: a BSN-like value in any column but dossiernummer, and any personal data
    // in the stored text columns (teamlid, team, status), refuses the file.
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (c === iDossier || (typeof cell !== 'string' && typeof cell !== 'number')) continue;
      const value = typeof cell === 'number' ? cellText(cell) : cell.trim();
      const refusal = frameCellRefusal(value, textColumns.get(c) ?? null);
      if (refusal) {
        rowOk = false;
        errors.add(r, headerOf(c), refusal.value, refusal.reason);
      }
    }
    const values = {
      dossiernummer: textAt(cells, iDossier),
      teamlid: textAt(cells, iTeamlid),
      team: textAt(cells, iTeam),
    };
    for (const field of REQUIRED_FIELDS) {
      const v = values[field as keyof typeof values];
      if (v === '') {
        rowOk = false;
        errors.add(
          r,
          headerOf(col(field)),
          null,
          `${FIELD_LABELS[field][0].toUpperCase()}${FIELD_LABELS[field].slice(1)} ontbreekt in deze rij. Vul het aan of verwijder de rij.`,
        );
      } else if (v.length > (MAX_LENGTH[field] ?? Infinity)) {
        rowOk = false;
        errors.add(
          r,
          headerOf(col(field)),
          maskValue(v),
          `Waarde is te lang (${v.length} tekens, maximaal ${MAX_LENGTH[field]}). Maak de waarde korter en importeer opnieuw.`,
        );
      }
    }
    let huishoudtype: FrameRow['huishoudtype'] = null;
    const typeText = textAt(cells, iType);
    if (typeText !== '') {
      huishoudtype = parseHouseholdType(typeText);
      if (!huishoudtype) {
        rowOk = false;
        errors.add(
          r,
          headerOf(iType),
          typeText.slice(0, 40),
          'Onbekend huishoudtype. Toegestaan: gezin, oudere of overig (of laat het leeg).',
        );
      }
    }
    let startdatum: string | null = null;
    const startCell = iStart < 0 ? null : (cells[iStart] ?? null);
    if (startCell !== null && !(typeof startCell === 'string' && startCell.trim() === '')) {
      startdatum = parseDateCell(startCell);
      if (!startdatum) {
        rowOk = false;
        errors.add(
          r,
          headerOf(iStart),
          cellText(startCell).slice(0, 40),
          'Geen geldige datum. Gebruik dd-mm-jjjj of jjjj-mm-dd.',
        );
      }
    }
    const status = textAt(cells, iStatus) || null;
    if (values.dossiernummer !== '') {
      const first = firstRowOf.get(values.dossiernummer);
      if (first === undefined) firstRowOf.set(values.dossiernummer, r);
      else {
        rowOk = false;
        const dup = duplicates.get(values.dossiernummer);
        if (!dup) duplicates.set(values.dossiernummer, { rows: [first, r], count: 2 });
        else {
          dup.count++;
          if (dup.rows.length < DUPLICATE_ROWS_SHOWN) dup.rows.push(r);
        }
      }
    }
    if (rowOk) rows.push({ row: r, ...values, huishoudtype, startdatum, status });
  }

  // One message per duplicated number (not per row): linear, and small however often it repeats.
  for (const [dossier, { rows: shown, count }] of duplicates) {
    const more = count > shown.length ? ` en nog ${count - shown.length} andere` : '';
    errors.add(
      shown[1],
      headerOf(iDossier),
      dossier,
      `Dossiernummer ${dossier} komt ${count} keer voor (rijen ${shown.join(', ')}${more}). Elk dossier mag maar één keer in het kader staan.`,
    );
  }
  if (errors.count === 0 && rows.length === 0) {
    errors.add(headerRow, null, null, 'Het bestand bevat alleen een kopregel en geen dossiers.');
  }
  return result();
}
