/**
 * The local copy of a case's unsent changes: one storage slot per case, so a reload of that case
 * finds them again. Only the format lives here; the queue decides what goes in.
 */
import type { AutosaveOptions } from './types';

type Storage = AutosaveOptions['storage'];

/** Storage form: k key, v value, b baseRevision, m rejection message, u unacked values. */
export interface StoredEntry {
  k: string;
  v: unknown;
  b: number;
  m?: string;
  u?: unknown[];
}

export const storageKey = (sampleItemId: number): string => `dossieranalyse:autosave:${sampleItemId}`;

export const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/** Structural equality of JSON values: "the server already holds exactly my value" is not a conflict. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!isRecord(a) || !isRecord(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
}

/** The valid entries of a slot; a damaged or foreign slot reads as empty. */
export function readSlot(storage: Storage, key: string): StoredEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage.getItem(key) ?? 'null');
  } catch {
    return [];
  }
  if (!isRecord(parsed) || parsed.v !== 1 || !Array.isArray(parsed.entries)) return [];
  return (parsed.entries as unknown[]).filter(
    (e): e is StoredEntry => isRecord(e) && typeof e.k === 'string' && Number.isInteger(e.b) && (e.b as number) >= 0,
  );
}

/** Writes (or with no entries clears) a slot; false when storage refuses (quota, privacy mode). */
export function writeSlot(storage: Storage, key: string, entries: StoredEntry[]): boolean {
  try {
    if (entries.length) storage.setItem(key, JSON.stringify({ v: 1, entries }));
    else storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
