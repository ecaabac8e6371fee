/**
 * Answers are stored one per flat key, so each can autosave and carry its own revision:
 *   case question      'A1'
 *   grid cell          'B.financien.aanvang'   (table . list item . question)
 *   repeat-table cell  'C.r1k9x2a0.type'       (table . row id . question)
 * Row ids are made by the browser, in creation order when compared as strings.
 */
import type { AnswerPath, CaseAnswers, Codebook, Question, RowAnswers, StudyLists, Table } from '../codebook/types';
import { listItems } from '../codebook/resolve';

export const ROW_ID = /^r[0-9a-z]{1,20}$/;

export type Entries = Readonly<Record<string, unknown>>;

export interface KeyInfo {
  question: Question;
  table?: Table;
  /** Grid row (list item code) or repeat row id. */
  row?: string;
}

/** Which question a key addresses, or null for a key the codebook does not know (refused on save). */
export function keyInfo(codebook: Codebook, lists: StudyLists, key: string): KeyInfo | null {
  const parts = key.split('.');
  for (const section of codebook.sections) {
    const table = section.table;
    if (table && parts.length === 3 && parts[0] === table.code) {
      const [, row, code] = parts;
      const question = table.questions.find((q) => q.code === code);
      if (!question || question.derived) return null;
      if (table.type === 'grid' && !listItems(lists, table.rowsFrom).some((i) => i.code === row)) return null;
      if (table.type === 'repeat' && !ROW_ID.test(row)) return null;
      return { question, table, row };
    }
    if (parts.length === 1) {
      const question = section.questions?.find((q) => q.code === key);
      if (question && (!question.derived || question.overridable)) return { question };
    }
  }
  return null;
}

const isGiven = (v: unknown) => v !== null && v !== undefined && v !== '';

const repeatTableCache = new WeakMap<Codebook, Set<string>>();
function repeatTablesOf(codebook: Codebook): Set<string> {
  let set = repeatTableCache.get(codebook);
  if (!set)
    repeatTableCache.set(
      codebook,
      (set = new Set(codebook.sections.flatMap((s) => (s.table?.type === 'repeat' ? [s.table.code] : [])))),
    );
  return set;
}

/**
 * Builds the nested answers the codebook functions read. Also returns the row ids of each
 * repeat table in order, to map a validation path ['C', 1, 'oud'] back to its key.
 */
export function entriesToAnswers(
  codebook: Codebook,
  entries: Entries,
): { answers: CaseAnswers; rowIds: Record<string, string[]> } {
  const answers: Record<string, unknown> = {};
  const rows: Record<string, Record<string, Record<string, unknown>>> = {};
  const repeatTables = repeatTablesOf(codebook);
  for (const [key, value] of Object.entries(entries)) {
    if (!isGiven(value)) continue;
    const parts = key.split('.');
    if (parts.length === 1) answers[key] = value;
    else if (parts.length === 3) {
      const [table, row, q] = parts;
      ((rows[table] ??= {})[row] ??= {})[q] = value;
    }
  }
  const rowIds: Record<string, string[]> = {};
  for (const [table, byRow] of Object.entries(rows)) {
    if (repeatTables.has(table)) {
      rowIds[table] = Object.keys(byRow).sort();
      answers[table] = rowIds[table].map((id) => byRow[id] as RowAnswers);
    } else answers[table] = byRow;
  }
  return { answers: answers as CaseAnswers, rowIds };
}

/** The key of a validation path (inverse of entriesToAnswers). */
export function pathToKey(path: AnswerPath, rowIds: Record<string, string[]>): string {
  if (path.length >= 3 && typeof path[1] === 'number')
    return `${path[0]}.${rowIds[String(path[0])]?.[path[1]] ?? path[1]}.${path[2]}`;
  return path.slice(0, 3).join('.');
}

/** A new repeat-row id, sortable in creation order. */
export function newRowId(now = Date.now(), counter = 0): string {
  return `r${now.toString(36)}${counter.toString(36).padStart(2, '0')}`;
}
