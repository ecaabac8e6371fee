import ExcelJS from 'exceljs';
import type { Codebook, StudyLists } from '../codebook';
import { sampleTable, type ExportCase } from './sample-rows';
import { styleTable } from './sheet-style';

/**
 * A blank interview template for one caseworker, for interviews where the app cannot be used:
 * the Steekproef columns without answers or tallies, with a dropdown (data validation) for every
 * coded column and a whole-number check for counts. Fill it in, then `tallies import` it.
 */
export function buildTemplateWorkbook(
  cases: readonly ExportCase[],
  codebook: Codebook,
  lists: StudyLists,
): ExcelJS.Workbook {
  const blank = cases.map((c) => ({ ...c, entries: {}, tally: null }));
  const table = sampleTable(blank, codebook, lists);
  const answerStart = table.header.indexOf(table.columns[0].name);
  const keep = table.header.map(
    (h, i) => i < answerStart || (!h.startsWith('T_') && !table.columns.find((c) => c.name === h)?.derived),
  );
  const header = table.header.filter((_, i) => keep[i]);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Steekproef');
  ws.addRow(header);
  for (const row of table.rows) ws.addRow(row.slice(0, answerStart).concat(header.slice(answerStart).map(() => null)));
  ws.getColumn(1).numFmt = '@';

  // Code lists on a hidden sheet: list validations refer to ranges (inline lists are limited to 255 characters).
  const codes = wb.addWorksheet('Codes', { state: 'hidden' });
  let listCol = 0;
  header.forEach((name, i) => {
    const col = table.columns.find((c) => c.name === name);
    if (!col) return;
    let validation: ExcelJS.DataValidation | null = null;
    if (col.codes) {
      listCol++;
      const values = Object.keys(col.codes);
      values.forEach((v, r) => (codes.getCell(r + 1, listCol).value = v));
      const letter = codes.getColumn(listCol).letter;
      validation = {
        type: 'list',
        allowBlank: true,
        formulae: [`Codes!$${letter}$1:$${letter}$${values.length}`],
        showErrorMessage: true,
        errorTitle: 'Onbekende code',
        error: `Kies een code uit de lijst (zie het tabblad Codeboek van het steekproefbestand).`,
      };
    } else if (col.kind === 'integer') {
      validation = {
        type: 'whole',
        operator: 'between',
        allowBlank: true,
        formulae: [col.min ?? 0, col.max ?? 999],
        showErrorMessage: true,
        errorTitle: 'Ongeldig getal',
        error: `Vul een geheel getal in van ${col.min} tot en met ${col.max}.`,
      };
    }
    if (validation) for (let r = 2; r <= table.rows.length + 1; r++) ws.getCell(r, i + 1).dataValidation = validation;
  });
  styleTable(ws);
  return wb;
}
