/**
 * Re-import of a filled-in Steekproef sheet: what would change, what is wrong, and where the
 * app was changed after the export (a conflict: never overwritten silently). Pure: the caller
 * applies the plan in one transaction.
 */
import {
  buildCaseAnswersSchema,
  codebookColumns,
  resolveCase,
  valueAtPath,
  type Codebook,
  type CodebookColumn,
  type StudyLists,
} from '../codebook';
import { entriesToAnswers, newRowId, pathToKey, type Entries } from '../interview/answer-keys';
import type { ImportIssue } from '../import/types';
import type { AnswerChange } from '../autosave/types';
import { ANSWERABLE_STATUSES } from '../sampling/unusable';

export interface CurrentCase {
  itemId: number;
  status: string;
  /** Σ revisions of the case's answers now (compared with the file's versie_antwoorden). */
  version: number;
  entries: Entries;
  revisions: Readonly<Record<string, number>>;
}

export interface FileRow {
  row: number;
  cells: Readonly<Record<string, unknown>>;
}

export interface ImportConflict {
  row: number;
  dossiernummer: string;
  column: string;
  fileValue: unknown;
  appValue: unknown;
}

export interface ImportPlan {
  errors: ImportIssue[];
  conflicts: ImportConflict[];
  changes: { itemId: number; dossiernummer: string; changes: AnswerChange[] }[];
}

const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** A cell as the codebook stores it: integers as numbers, everything else as trimmed text. */
function normalize(col: CodebookColumn, v: unknown): { value: unknown } | { error: string } {
  if (blank(v)) return { value: null };
  if (v instanceof Date)
    return col.kind === 'month' ? { value: v.toISOString().slice(0, 7) } : { error: 'Een datum hoort hier niet.' };
  if (col.kind === 'integer') {
    const n = typeof v === 'number' ? v : Number(String(v).trim().replace(',', '.'));
    return Number.isInteger(n) ? { value: n } : { error: `Geen geheel getal: "${String(v)}".` };
  }
  return { value: typeof v === 'number' ? String(v) : String(v).trim() };
}

const same = (a: unknown, b: unknown) => (blank(a) && blank(b)) || JSON.stringify(a) === JSON.stringify(b);

export function planTallyImport(
  rows: readonly FileRow[],
  current: ReadonlyMap<string, CurrentCase>,
  codebook: Codebook,
  lists: StudyLists,
): ImportPlan {
  const errors: ImportIssue[] = [];
  const conflicts: ImportConflict[] = [];
  const changes: ImportPlan['changes'] = [];
  const schema = buildCaseAnswersSchema(codebook, lists);
  const maxRows = Math.max(
    0,
    ...rows.flatMap((r) =>
      Object.keys(r.cells)
        .map((k) => /^C(\d+)_/.exec(k)?.[1])
        .filter(Boolean)
        .map(Number),
    ),
  );
  const columns = codebookColumns(codebook, lists, { repeatRows: maxRows }).filter((c) => !c.derived);
  const seen = new Set<string>();
  for (const { row, cells } of rows) {
    const dossier = blank(cells.dossiernummer) ? '' : String(cells.dossiernummer).trim();
    if (!dossier) {
      errors.push({ row, column: 'dossiernummer', value: null, reason: 'Dossiernummer ontbreekt.' });
      continue;
    }
    if (seen.has(dossier)) {
      errors.push({
        row,
        column: 'dossiernummer',
        value: dossier,
        reason: 'Dit dossier staat meer dan eens in het bestand.',
      });
      continue;
    }
    seen.add(dossier);
    const cur = current.get(dossier);
    if (!cur) {
      errors.push({
        row,
        column: 'dossiernummer',
        value: dossier,
        reason: 'Dit dossier zit niet in de actieve steekproef.',
      });
      continue;
    }
    const fileVersion = blank(cells.versie_antwoorden) ? null : Number(cells.versie_antwoorden);
    const { answers, rowIds } = entriesToAnswers(codebook, cur.entries);
    // The export writes effective values (defaults such as "nee" or "niet aan de orde"); an
    // unchanged default in the file is no change.
    const effective = resolveCase(codebook, answers, lists).effective;
    const ids = [...(rowIds.C ?? [])];
    const rowChanges: AnswerChange[] = [];
    for (const col of columns) {
      if (!(col.name in cells)) continue;
      const n = normalize(col, cells[col.name]);
      if ('error' in n) {
        errors.push({ row, column: col.name, value: String(cells[col.name]).slice(0, 40), reason: n.error });
        continue;
      }
      // An empty cell never clears an answer (a blank template must not wipe interviews); clear it in the app.
      if (n.value === null) continue;
      if (typeof col.path[1] === 'number') while (ids.length <= col.path[1]) ids.push(newRowId(Date.now(), ids.length));
      const key = pathToKey(col.path, { C: ids });
      const appValue = cur.entries[key] ?? null;
      if (same(n.value, appValue) || (appValue === null && same(n.value, valueAtPath(effective, col.path)))) continue;
      if (fileVersion !== cur.version) {
        conflicts.push({ row, dossiernummer: dossier, column: col.name, fileValue: n.value, appValue });
        continue;
      }
      rowChanges.push({ key, value: n.value, baseRevision: cur.revisions[key] ?? 0 });
    }
    if (rowChanges.length === 0) continue;
    if (!ANSWERABLE_STATUSES.has(cur.status)) {
      errors.push({
        row,
        column: 'status',
        value: cur.status,
        reason: `Dit dossier is ${cur.status.replace(/_/g, ' ')}; er kunnen geen antwoorden bij.`,
      });
      continue;
    }
    const merged = { ...cur.entries, ...Object.fromEntries(rowChanges.map((c) => [c.key, c.value])) };
    const assembled = entriesToAnswers(codebook, merged);
    const parsed = schema.safeParse(assembled.answers);
    if (!parsed.success) {
      const byKey = new Map(columns.map((c) => [pathToKey(c.path, { C: ids }), c.name]));
      for (const issue of parsed.error.issues) {
        const key = pathToKey(issue.path as (string | number)[], assembled.rowIds);
        errors.push({ row, column: byKey.get(key) ?? key, value: null, reason: issue.message });
      }
      continue;
    }
    changes.push({ itemId: cur.itemId, dossiernummer: dossier, changes: rowChanges });
  }
  return { errors, conflicts, changes };
}
