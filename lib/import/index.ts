import { createHash } from 'node:crypto';
import { readCsv } from './read-csv';
import { readXlsx, SheetNotFoundError } from './read-xlsx';
import { FileLimitError } from './limits';
import { detectFormat } from './detect';
import { frameCounts } from './frame-counts';
import { validateFrame } from './validate-frame';
import type { ParsedFrame } from './types';

export * from './types';
export { normalizeHeader, FRAME_FIELDS, REQUIRED_FIELDS, type ColumnMapping, type FrameField } from './headers';
export { frameCounts } from './frame-counts';

export const PREVIEW_ROWS = 10;

export interface ParseOptions {
  /** Worksheet name; default the first sheet. */
  sheet?: string;
  /** Called with the number of rows read so far, for progress display. */
  onProgress?: (rowsRead: number) => void;
}

/**
 * Reads and checks a case-list file completely before anything is stored, so the preview and
 * the import see exactly the same rows and problems. Never throws for bad input: every problem
 * comes back in `errors` with a Dutch reason.
 */
export async function parseFrameFile(
  data: Uint8Array,
  fileName: string,
  opts: ParseOptions = {},
): Promise<ParsedFrame> {
  const base: ParsedFrame = {
    fileName,
    fileSha256: createHash('sha256').update(data).digest('hex'),
    format: 'onbekend',
    encoding: null,
    delimiter: null,
    sheetName: null,
    sheetNames: [],
    headerRow: null,
    mapping: [],
    rows: [],
    preview: [],
    errors: [],
    errorCount: 0,
    warnings: [],
    counts: { teams: [], caseworkers: [] },
  };
  const fail = (reason: string): ParsedFrame => ({
    ...base,
    errors: [{ row: null, column: null, value: null, reason }],
    errorCount: 1,
  });

  const detected = detectFormat(data, fileName);
  if (detected.format === 'unsupported') return fail(detected.reason);

  let raw;
  let rowNumbers: number[] | undefined;
  if (detected.format === 'xlsx') {
    try {
      const read = await readXlsx(data, opts);
      raw = read.rows;
      rowNumbers = read.rowNumbers;
      Object.assign(base, { format: 'xlsx', sheetName: read.sheetName, sheetNames: read.sheetNames });
    } catch (err) {
      if (err instanceof SheetNotFoundError || err instanceof FileLimitError) return fail(err.message);
      return fail(
        'Het bestand kon niet als Excel-werkmap gelezen worden (beschadigd of geen .xlsx). Open het in Excel, sla het opnieuw op als .xlsx, of exporteer als .csv.',
      );
    }
  } else {
    let read;
    try {
      read = readCsv(data);
    } catch (err) {
      if (err instanceof FileLimitError) return fail(err.message);
      throw err;
    }
    raw = read.rows;
    Object.assign(base, { format: 'csv', encoding: read.encoding, delimiter: read.delimiter });
    opts.onProgress?.(raw.length);
  }

  const v = validateFrame(raw, rowNumbers);
  return {
    ...base,
    headerRow: v.headerRow,
    mapping: v.mapping,
    rows: v.rows,
    preview: v.rows.slice(0, PREVIEW_ROWS),
    errors: v.errors,
    errorCount: v.errorCount,
    warnings: v.warnings,
    counts: frameCounts(v.rows),
  };
}
