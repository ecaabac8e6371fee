import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { applyZeroPadFormat, type RawCell } from './values';
import { checkZip } from './zip-guard';
import { FileLimitError, MAX_FRAME_COLUMNS, MAX_FRAME_ROWS, tooManyColumns, tooManyRows } from './limits';

export interface XlsxRead {
  rows: RawCell[][];
  /** Excel row numbers (1-based) of `rows`, which skips rows Excel did not store. */
  rowNumbers: number[];
  sheetNames: string[];
  sheetName: string;
}

/** Options shared with the benchmark baseline, so both read the file the same way. */
export const XLSX_READER_OPTIONS = {
  sharedStrings: 'cache',
  hyperlinks: 'ignore',
  styles: 'cache',
  worksheets: 'emit',
  entries: 'ignore',
} as const;

export class SheetNotFoundError extends Error {
  constructor(
    public readonly wanted: string,
    public readonly sheetNames: string[],
  ) {
    super(`Werkblad "${wanted}" bestaat niet in dit bestand. Aanwezige werkbladen: ${sheetNames.join(', ')}.`);
  }
}

type ExcelValue = ExcelJS.CellValue;

/** Formula cells use their cached result; rich text and hyperlinks use their text. */
function toRaw(value: ExcelValue | undefined, numFmt: string | undefined): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return applyZeroPadFormat(value, numFmt);
  if (typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('result' in value) return toRaw((value as { result?: ExcelValue }).result ?? null, numFmt);
    if ('formula' in value || 'sharedFormula' in value) return null;
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String((value as { text: unknown }).text);
    if ('error' in value) return null;
  }
  return String(value);
}

/**
 * Streams the workbook (exceljs WorkbookReader) so a 100,000-row frame never sits in memory
 * as a full workbook model. Reads the first sheet, or the one named `sheet`. The zip is checked
 * first (checkZip: no zip bomb), and reading stops at the row and column limits.
 */
export async function readXlsx(
  data: Uint8Array,
  opts: { sheet?: string; onProgress?: (rows: number) => void } = {},
): Promise<XlsxRead> {
  await checkZip(data);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(data)]), XLSX_READER_OPTIONS);
  const sheetNames: string[] = [];
  let chosen: XlsxRead | null = null;
  for await (const worksheet of reader) {
    const ws = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string };
    sheetNames.push(ws.name);
    const wanted = opts.sheet ? ws.name === opts.sheet : chosen === null;
    if (!wanted || chosen) {
      for await (const row of ws) void row; // drain: the reader must consume every sheet to reach the end
      continue;
    }
    const rows: RawCell[][] = [];
    const rowNumbers: number[] = [];
    for await (const row of ws) {
      // row.values is 1-based and sparse; the number format is looked up only for numeric cells.
      const values = row.values as ExcelValue[];
      if (values.length - 1 > MAX_FRAME_COLUMNS) throw new FileLimitError(tooManyColumns(values.length - 1));
      if (rows.length >= MAX_FRAME_ROWS) throw new FileLimitError(tooManyRows());
      const cells: RawCell[] = new Array(Math.max(values.length - 1, 0));
      for (let i = 1; i < values.length; i++) {
        const v = values[i];
        cells[i - 1] = typeof v === 'number' ? applyZeroPadFormat(v, row.getCell(i).numFmt) : toRaw(v, undefined);
      }
      rows.push(cells);
      rowNumbers.push(row.number);
      if (opts.onProgress && rows.length % 5000 === 0) opts.onProgress(rows.length);
    }
    chosen = { rows, rowNumbers, sheetNames, sheetName: ws.name };
  }
  if (opts.sheet && !chosen) throw new SheetNotFoundError(opts.sheet, sheetNames);
  if (!chosen) return { rows: [], rowNumbers: [], sheetNames, sheetName: '' };
  return chosen;
}
