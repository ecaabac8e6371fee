import type { ColumnMapping } from './headers';
import type { HouseholdType } from './values';

/** One problem in a file, shown as a table row: rij, kolom, waarde (masked where it may be personal data), reden. */
export interface ImportIssue {
  row: number | null;
  column: string | null;
  value: string | null;
  reason: string;
}

export interface FrameRow {
  row: number;
  dossiernummer: string;
  teamlid: string;
  team: string;
  huishoudtype: HouseholdType | null;
  startdatum: string | null;
  status: string | null;
}

export interface FrameCounts {
  teams: { team: string; caseworkers: number; cases: number }[];
  caseworkers: { caseworker: string; team: string; cases: number }[];
}

export interface ParsedFrame {
  fileName: string;
  fileSha256: string;
  format: 'xlsx' | 'csv' | 'onbekend';
  encoding: string | null;
  delimiter: string | null;
  sheetName: string | null;
  sheetNames: string[];
  headerRow: number | null;
  mapping: ColumnMapping[];
  rows: FrameRow[];
  /** The first rows, mapped fields only, for the preview table. */
  preview: FrameRow[];
  errors: ImportIssue[];
  /** Total number of errors; `errors` holds at most MAX_REPORTED_ERRORS of them. */
  errorCount: number;
  warnings: ImportIssue[];
  counts: FrameCounts;
}

export const MAX_REPORTED_ERRORS = 1000;
