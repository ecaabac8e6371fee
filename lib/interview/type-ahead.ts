/**
 * Type-ahead over a grid's rows (leefgebieden in B, escalation types in D): the rows whose label
 * starts with the typed letters come first, then those with a later word starting with them.
 * Accents and case are ignored ("fin" finds "Financiën", "ggz" finds "Opname GGZ-instelling").
 */
export interface RowOption {
  id: string;
  label: string;
  section: string;
}

export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export function matchRows(rows: readonly RowOption[], typed: string): RowOption[] {
  const q = fold(typed.trim());
  if (q === '') return [];
  const starts: RowOption[] = [];
  const words: RowOption[] = [];
  for (const r of rows) {
    const label = fold(r.label);
    if (label.startsWith(q)) starts.push(r);
    else if (label.split(/[^a-z0-9]+/).some((w) => w.startsWith(q))) words.push(r);
  }
  return [...starts, ...words];
}
