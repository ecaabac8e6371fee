import ExcelJS from 'exceljs';
import type { FileRow } from './import-plan';

export class SampleFileError extends Error {}

/** The Steekproef sheet of a filled-in steekproefbestand or template, as rows keyed by column name. */
export async function readSampleSheet(data: Uint8Array): Promise<FileRow[]> {
  if (!(data[0] === 0x50 && data[1] === 0x4b)) throw new SampleFileError('Dit is geen Excel-werkmap (.xlsx). Gebruik het geëxporteerde steekproefbestand of de offline-template.');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  } catch {
    throw new SampleFileError('Het bestand kon niet als Excel-werkmap gelezen worden.');
  }
  const ws = wb.getWorksheet('Steekproef');
  if (!ws) throw new SampleFileError(`Werkblad "Steekproef" ontbreekt. Aanwezig: ${wb.worksheets.map((w) => w.name).join(', ')}.`);
  const header = (ws.getRow(1).values as unknown[]).map((v) => (v == null ? '' : String(v).trim()));
  if (!header.includes('dossiernummer')) throw new SampleFileError('Kolom "dossiernummer" ontbreekt in het werkblad Steekproef.');
  const rows: FileRow[] = [];
  ws.eachRow((row, number) => {
    if (number === 1) return;
    const cells: Record<string, unknown> = {};
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const name = header[col];
      if (!name) return;
      const v = cell.value;
      cells[name] = v && typeof v === 'object' && !(v instanceof Date) && 'result' in v ? (v as { result: unknown }).result
        : v && typeof v === 'object' && 'richText' in v ? (v as { richText: { text: string }[] }).richText.map((t) => t.text).join('') : v;
    });
    for (const name of header) if (name && !(name in cells)) cells[name] = null;
    if (Object.values(cells).some((v) => v !== null && v !== '')) rows.push({ row: number, cells });
  });
  return rows;
}
