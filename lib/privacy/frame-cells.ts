/**
 * The personal-data guard applied to a case-list (frame) file: the text columns that are stored
 * (teamlid, team, status) get the full free-text guard; every other column except dossiernummer
 * is checked for BSNs (a BSN anywhere means the export holds personal data); and a header that
 * itself fails the guard is never echoed in a message or stored warning.
 */
import { isBsn } from './detectors';
import { findPersonalData, KIND_LABELS, maskText } from './guard';

/** 9 digits passing the 11-check, also when written grouped ("111 222 333", "111.22.2333", "111_222_333"). */
export function looksLikeBsn(value: string): boolean {
  if (value.length < 9 || value.length > 13) return false;
  if (value.length === 9) return isBsn(value);
  return /^\d[\d .,_-]+\d$/.test(value) && isBsn(value.replace(/[ .,_-]/g, ''));
}

export interface CellRefusal {
  /** The offending part, masked ("jA**********"). */
  value: string;
  reason: string;
}

const BSN_REASON =
  'Deze waarde lijkt een BSN (9 cijfers die de elfproef doorstaan). Persoonsgegevens horen niet in het steekproefkader: verwijder ze uit het bestand.';

/**
 * Why a frame cell is refused, or null. `column` is the stored field's Dutch name for the text
 * columns (teamlid, team, status), or null for a column that is not stored as text.
 */
export function frameCellRefusal(value: string, column: string | null): CellRefusal | null {
  if (looksLikeBsn(value)) return { value: maskText(value), reason: BSN_REASON };
  if (column === null) return null;
  // Teamlid, team and status repeat on every row (a few hundred distinct values in 100,000 rows).
  const key = `${column}\u0000${value}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_SIZE) memo.clear();
  const refusal = textRefusal(value, column);
  memo.set(key, refusal);
  return refusal;
}

const MEMO_SIZE = 20_000;
const memo = new Map<string, CellRefusal | null>();

function textRefusal(value: string, column: string): CellRefusal | null {
  const found = findPersonalData(value);
  if (found.length === 0) return null;
  return {
    value: maskText(found[0].match),
    reason: `De kolom ${column} bevat hier ${found.map((f) => KIND_LABELS[f.kind]).join(' en ')}. Persoonsgegevens horen niet in het steekproefkader: gebruik alleen de naam of code van het ${column === 'status' ? 'dossier' : column}, en verwijder de rest uit het bestand.`,
  };
}

/** A header safe to show and store: as written, or "kolom 7 (kop verborgen: bevat een e-mailadres)". */
export function safeHeader(header: string, index: number): string {
  const found = findPersonalData(header);
  return found.length === 0 ? header : `kolom ${index + 1} (kop verborgen: bevat ${KIND_LABELS[found[0].kind]})`;
}
