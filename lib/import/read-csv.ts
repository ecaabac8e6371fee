import Papa from 'papaparse';
import type { RawCell } from './values';
import { FileLimitError, MAX_FRAME_COLUMNS, MAX_FRAME_ROWS, tooManyColumns, tooManyRows } from './limits';

export interface CsvRead {
  rows: RawCell[][];
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-1252';
  delimiter: string;
}

/**
 * Dutch Excel saves csv as ';'-separated, often with a BOM, or as Windows-1252 without one.
 * A file that is not valid UTF-8 is read as Windows-1252 (which maps every byte), so é and ë survive either way.
 */
export function decodeCsv(data: Uint8Array): { text: string; encoding: CsvRead['encoding'] } {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(data.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (data[0] === 0xff && data[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(data.subarray(2)), encoding: 'utf-16le' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(data), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(data), encoding: 'windows-1252' };
  }
}

/** Picks the separator that occurs most in the first line: ';', ',' or tab. */
export function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [';', ',', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0][1] > 0 ? counts[0][0] : ';';
}

/** Reads row by row and stops at the row and column limits (FileLimitError), before building more. */
export function readCsv(data: Uint8Array): CsvRead {
  const { text, encoding } = decodeCsv(data);
  const delimiter = detectDelimiter(text);
  const rows: RawCell[][] = [];
  let refused: string | null = null;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result, parser) => {
      const r = result.data;
      if (r.length > MAX_FRAME_COLUMNS) refused = tooManyColumns(r.length);
      else if (rows.length >= MAX_FRAME_ROWS) refused = tooManyRows();
      if (refused) return parser.abort();
      for (let i = 0; i < r.length; i++) if ((r[i] as string | null) === '') (r as (string | null)[])[i] = null;
      rows.push(r);
    },
  });
  if (refused) throw new FileLimitError(refused);
  // Papaparse yields one empty record for a trailing newline; drop trailing empty records.
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c === null)) rows.pop();
  return { rows, encoding, delimiter };
}
