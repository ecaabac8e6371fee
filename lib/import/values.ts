/**
 * Cell-value normalisation shared by the csv and xlsx readers. Dossier numbers stay text:
 * a numeric cell 123 becomes "123" (never "123.0"), and zero-padded number formats keep their zeros.
 */
export type RawCell = string | number | boolean | Date | null;

export function cellText(cell: RawCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return numberText(cell);
  if (typeof cell === 'boolean') return cell ? 'WAAR' : 'ONWAAR';
  return isoDate(cell);
}

function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < Number.MAX_SAFE_INTEGER) return n.toFixed(0);
  return String(n);
}

/** Applies an Excel number format like "000000" so that 12 shown as "000012" keeps its leading zeros. */
export function applyZeroPadFormat(n: number, numFmt: string | undefined): RawCell {
  if (!numFmt || !/^0+$/.test(numFmt) || !Number.isInteger(n) || n < 0) return n;
  return n.toFixed(0).padStart(numFmt.length, '0');
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function isoDate(d: Date): string {
  // Excel dates carry no zone; exceljs returns them as UTC midnight. (toISOString is 5x slower.)
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

const DUTCH_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/;

/** Returns yyyy-mm-dd, or null when the value is not a real calendar date (d-m-yyyy, dd/mm/yyyy or yyyy-mm-dd). */
export function parseDateCell(cell: RawCell): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : isoDate(cell);
  const text = cellText(cell);
  let m = DUTCH_DATE.exec(text);
  let y: number, mo: number, d: number;
  if (m) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = ISO_DATE.exec(text))) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return isoDate(date);
}

export const HOUSEHOLD_TYPES = ['gezin', 'oudere', 'overig'] as const;
export type HouseholdType = (typeof HOUSEHOLD_TYPES)[number];

const HOUSEHOLD_ALIASES: Record<string, HouseholdType> = {
  gezin: 'gezin',
  gezinnen: 'gezin',
  gezinmetkinderen: 'gezin',
  gezinmetminderjarigekinderen: 'gezin',
  oudere: 'oudere',
  ouderen: 'oudere',
  oudere65: 'oudere',
  '65': 'oudere',
  '65plus': 'oudere',
  overig: 'overig',
  overige: 'overig',
  overigehuishoudens: 'overig',
  anders: 'overig',
};

export function parseHouseholdType(text: string): HouseholdType | null {
  const key = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return HOUSEHOLD_ALIASES[key] ?? null;
}

/** Shows enough of a value to find it in the file without repeating what may be personal data. */
export function maskValue(text: string): string {
  if (text.length <= 2) return '*'.repeat(text.length);
  return text.slice(0, 2) + '*'.repeat(Math.min(text.length - 2, 10));
}
