import Papa from 'papaparse';
import type { Cell } from './sample-rows';
import { csvSafe } from './sheet-style';

const nl = new Intl.NumberFormat('nl-NL', { useGrouping: false, maximumFractionDigits: 10 });

/**
 * The Steekproef sheet as Dutch Excel reads csv: ';'-separated, decimal comma, UTF-8 with BOM.
 * Text that starts like a formula (=, +, -, @) gets a leading quote; numbers are written as
 * numbers (so -0,5 stays a number). Papaparse does the quoting.
 */
export function toDutchCsv(header: readonly string[], rows: readonly Cell[][]): string {
  const data = rows.map((r) =>
    r.map((v) =>
      v === null
        ? ''
        : typeof v === 'number'
          ? nl.format(v)
          : v instanceof Date
            ? v.toISOString().slice(0, 10)
            : csvSafe(v),
    ),
  );
  return `\uFEFF${Papa.unparse({ fields: [...header], data }, { delimiter: ';', newline: '\r\n' })}\r\n`;
}
