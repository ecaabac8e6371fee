/**
 * Flat export columns derived from the codebook: one row per case in the steekproefbestand,
 * and the codebook sheet that explains every column.
 */
import { describeCondition } from './conditions';
import { choiceOptions, listItems } from './resolve';
import type { Answer, AnswerPath, CaseAnswers, Codebook, Question, QuestionKind, StudyLists } from './types';

export interface CodebookColumn {
  /** Column name: 'A1_huishoudtype', 'B_financien_aanvang', 'C1_type', 'D_huisuitzetting_status'. */
  readonly name: string;
  readonly section: string;
  readonly question: string;
  /** Dutch question text, prefixed with the row (leefgebied, escalatie, traject n). */
  readonly label: string;
  readonly kind: QuestionKind;
  /** Code → Dutch label, for choice questions. */
  readonly codes?: Readonly<Record<string, string>>;
  readonly min?: number;
  readonly max?: number;
  /** Computed by the tool (possibly overridden), not typed in. */
  readonly derived: boolean;
  /** Dutch description of when the question is asked. */
  readonly askedWhen?: string;
  /** Where the value sits in (effective) answers; read it with `valueAtPath`. */
  readonly path: AnswerPath;
}

export interface ColumnOptions {
  /** Number of trajectory column blocks (C1_…, C2_…); defaults to the table's maxRows. */
  readonly repeatRows?: number;
}

function column(
  section: string,
  q: Question,
  lists: StudyLists,
  name: string,
  label: string,
  path: AnswerPath,
): CodebookColumn {
  const codes =
    q.kind === 'choice' ? Object.fromEntries(choiceOptions(q, lists).map((c) => [c.code, c.label])) : undefined;
  return {
    name,
    section,
    question: q.code,
    label,
    kind: q.kind,
    ...(codes ? { codes } : {}),
    ...(q.kind === 'integer' ? { min: q.min, max: q.max } : {}),
    derived: Boolean(q.derived),
    ...(q.askedWhen ? { askedWhen: describeCondition(q.askedWhen) } : {}),
    path,
  };
}

/**
 * The flat column list of a one-row-per-case export. Why derived: the Excel export and its
 * codebook sheet stay in step with the interview when the study's codebook or lists change.
 */
export function codebookColumns(codebook: Codebook, lists: StudyLists, options: ColumnOptions = {}): CodebookColumn[] {
  const columns: CodebookColumn[] = [];
  for (const section of codebook.sections) {
    const table = section.table;
    if (table?.type === 'grid') {
      for (const item of listItems(lists, table.rowsFrom)) {
        for (const q of table.questions) {
          const name = `${table.code}_${item.code}_${q.code}`;
          columns.push(
            column(section.id, q, lists, name, `${item.label} – ${q.label}`, [table.code, item.code, q.code]),
          );
        }
      }
    } else if (table?.type === 'repeat') {
      const rows = options.repeatRows ?? table.maxRows;
      for (let i = 0; i < rows; i++) {
        for (const q of table.questions) {
          const name = `${table.code}${i + 1}_${q.code}`;
          columns.push(
            column(section.id, q, lists, name, `${table.itemLabel} ${i + 1} – ${q.label}`, [table.code, i, q.code]),
          );
        }
      }
    }
    for (const q of section.questions ?? []) {
      columns.push(column(section.id, q, lists, q.name ? `${q.code}_${q.name}` : q.code, q.label, [q.code]));
    }
  }
  return columns;
}

/** Reads one value from answers by column path; undefined where the row or answer is absent. */
export function valueAtPath(answers: CaseAnswers, path: AnswerPath): Answer {
  let node: unknown = answers;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node === null || typeof node !== 'object' ? (node as Answer) : undefined;
}
