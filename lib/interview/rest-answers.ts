/**
 * The "rest" answers of a grid table (codebook `rest`): one key answers every row that is still
 * unanswered, e.g. "overige leefgebieden: geen probleem". They are ordinary explicit answers.
 */
import { listItems } from '../codebook/resolve';
import type { Codebook, GridTable, StudyLists } from '../codebook/types';
import type { Entries } from './answer-keys';

/** Grid tables that offer a rest answer. */
export function restTables(codebook: Codebook): GridTable[] {
  return codebook.sections.flatMap((s) => (s.table?.type === 'grid' && s.table.rest ? [s.table] : []));
}

/** The changes the rest key of `tableCode` makes: the rest value for every row without an answer. */
export function restAnswers(
  codebook: Codebook,
  lists: StudyLists,
  tableCode: string,
  entries: Entries,
): { key: string; value: string }[] {
  const table = restTables(codebook).find((t) => t.code === tableCode);
  if (!table?.rest) return [];
  const { question, value } = table.rest;
  return listItems(lists, table.rowsFrom)
    .map((item) => `${table.code}.${item.code}.${question}`)
    .filter((key) => entries[key] === undefined || entries[key] === null || entries[key] === '')
    .map((key) => ({ key, value }));
}

/** Every rest answer of the codebook at once (tests, demo data and the CLI's complete cases). */
export function allRestAnswers(
  codebook: Codebook,
  lists: StudyLists,
  entries: Entries,
): { key: string; value: string }[] {
  return restTables(codebook).flatMap((t) => restAnswers(codebook, lists, t.code, entries));
}
