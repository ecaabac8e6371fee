import type ExcelJS from 'exceljs';

/** Header row frozen, bold and filtered, with column widths from the longest value (capped). */
export function styleTable(ws: ExcelJS.Worksheet, minWidth = 8, maxWidth = 45): void {
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: false };
  if (ws.columnCount > 0)
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(ws.rowCount, 1), column: ws.columnCount } };
  ws.columns.forEach((col) => {
    let width = minWidth;
    col.eachCell?.({ includeEmpty: false }, (cell) => {
      const v = cell.value;
      const len = v instanceof Date ? 10 : v == null ? 0 : String(v).length;
      width = Math.max(width, Math.min(maxWidth, len + 2));
    });
    col.width = width;
  });
}

/** nl-NL number formats: Excel shows them with the user's separators (1.234,56 in Dutch Excel). */
export const NUMBER_FORMAT = '#,##0.00';
export const INTEGER_FORMAT = '#,##0';
export const DATE_FORMAT = 'dd-mm-yyyy';
export const DATETIME_FORMAT = 'dd-mm-yyyy hh:mm';

/**
 * CSV cells that start with = + - @ (or a tab / carriage return) are prefixed with a quote so a
 * spreadsheet never runs them as a formula (CSV injection). xlsx cells are typed strings already.
 */
export function csvSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
