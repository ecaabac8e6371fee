import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { FileRow } from './import-plan';
import { checkZip } from '../import/zip-guard';
import { XLSX_READER_OPTIONS } from '../import/read-xlsx';
import { FileLimitError, formatCount, MAX_TALLY_COLUMNS, MAX_TALLY_ROWS } from '../import/limits';

export class SampleFileError extends Error {}

const SHEET = 'Steekproef';

/** A cell as the import plan reads it: a formula's result, rich text as its text. */
function cellValue(v: unknown): unknown {
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    if ('result' in v) return (v as { result: unknown }).result ?? null;
    if ('formula' in v || 'sharedFormula' in v) return null;
    if ('richText' in v) return (v as { richText: { text: string }[] }).richText.map((t) => t.text).join('');
  }
  return v ?? null;
}

/**
 * The Steekproef sheet of a filled-in steekproefbestand or template, as rows keyed by column name.
 * The zip is checked first (no zip bomb), the sheet is streamed (exceljs WorkbookReader, never a
 * whole workbook in memory), and reading stops at MAX_TALLY_ROWS rows and MAX_TALLY_COLUMNS columns.
 */
export async function readSampleSheet(data: Uint8Array): Promise<FileRow[]> {
  if (!(data[0] === 0x50 && data[1] === 0x4b))
    throw new SampleFileError(
      'Dit is geen Excel-werkmap (.xlsx). Gebruik het geëxporteerde steekproefbestand of de offline-template.',
    );
  try {
    await checkZip(data);
  } catch (err) {
    if (err instanceof FileLimitError) throw new SampleFileError(err.message);
    throw err;
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(
    Readable.from([Buffer.from(data.buffer, data.byteOffset, data.byteLength)]),
    XLSX_READER_OPTIONS,
  );
  const names: string[] = [];
  let rows: FileRow[] | null = null;
  try {
    for await (const worksheet of reader) {
      const ws = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string };
      names.push(ws.name);
      if (ws.name !== SHEET || rows) {
        for await (const row of ws) void row; // the reader must consume every sheet to reach the end
        continue;
      }
      rows = await readRows(ws);
    }
  } catch (err) {
    if (err instanceof SampleFileError) throw err;
    throw new SampleFileError('Het bestand kon niet als Excel-werkmap gelezen worden.');
  }
  if (!rows) throw new SampleFileError(`Werkblad "${SHEET}" ontbreekt. Aanwezig: ${names.join(', ')}.`);
  return rows;
}

async function readRows(ws: AsyncIterable<ExcelJS.Row>): Promise<FileRow[]> {
  let header: string[] | null = null;
  const rows: FileRow[] = [];
  for await (const row of ws) {
    const values = row.values as unknown[];
    if (values.length - 1 > MAX_TALLY_COLUMNS) {
      throw new SampleFileError(
        `Het werkblad Steekproef heeft ${formatCount(values.length - 1)} kolommen; maximaal ${formatCount(MAX_TALLY_COLUMNS)}. Gebruik het geëxporteerde steekproefbestand.`,
      );
    }
    if (header === null) {
      header = row.number === 1 ? Array.from(values, (v) => (v == null ? '' : String(cellValue(v) ?? '').trim())) : [];
      if (!header.includes('dossiernummer'))
        throw new SampleFileError('Kolom "dossiernummer" ontbreekt in het werkblad Steekproef.');
      if (row.number === 1) continue;
    }
    if (rows.length >= MAX_TALLY_ROWS) {
      throw new SampleFileError(
        `Het werkblad Steekproef heeft meer dan ${formatCount(MAX_TALLY_ROWS)} rijen; dat is het maximum. Gebruik het geëxporteerde steekproefbestand.`,
      );
    }
    const cells: Record<string, unknown> = {};
    for (let col = 1; col < header.length; col++) {
      const name = header[col];
      if (name && !(name in cells)) cells[name] = null;
    }
    for (let col = 1; col < values.length; col++) {
      const name = header[col];
      const v = values[col];
      if (name && v !== undefined && v !== null) cells[name] = cellValue(v);
    }
    if (Object.values(cells).some((v) => v !== null && v !== '')) rows.push({ row: row.number, cells });
  }
  if (header === null) throw new SampleFileError('Kolom "dossiernummer" ontbreekt in het werkblad Steekproef.');
  return rows;
}
