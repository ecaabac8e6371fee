/**
 * What a changed answer does to the answers that depend on it (issue "Interview data integrity"):
 * a dependent answer that no longer applies is cleared; one that still applies, but was given
 * under the old value, is marked "controleren" until someone confirms it.
 *
 * The dependencies are read from the codebook's own data (askedWhen, required, flow, labelWhen,
 * default copies, derivations and `dependsOn`), so a new question brings its own rules.
 */
import { evaluateCondition, isAnswered, scopeOf, type Lookup } from '../codebook/conditions';
import { resolveCase } from '../codebook/resolve';
import { questionRefs, referenced } from '../codebook/validate';
import type { CaseAnswers, Codebook, Condition, Question, RowAnswers, StudyLists } from '../codebook/types';
import { entriesToAnswers, keyInfo, type Entries } from './answer-keys';

/** Questions of one scope that depend, directly or through derived questions, on `code`. */
function dependentsIn(questions: readonly Question[], code: string): Question[] {
  const hit = new Set<string>([code]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const q of questions) {
      if (!hit.has(q.code) && questionRefs(q).some((r) => hit.has(r))) {
        hit.add(q.code);
        grew = true;
      }
    }
  }
  return questions.filter((q) => q.code !== code && hit.has(q.code) && (!q.derived || q.overridable));
}

/** Case questions that read a table (B1 counts rows of B), and through them the case questions after. */
function caseDependentsOfTable(codebook: Codebook, table: string): Question[] {
  const caseQs = codebook.sections.flatMap((s) => s.questions ?? []);
  return dependentsIn(caseQs, table);
}

function decided(condition: Condition, lookup: Lookup): boolean {
  return referenced(condition).every((code) => isAnswered(lookup(code)));
}

export interface FollowUps {
  /** Dependent answers that no longer apply: to be cleared (stored as null). */
  readonly clear: readonly string[];
  /** Dependent answers that still apply but were given before their source changed. */
  readonly check: readonly { readonly key: string; readonly source: string }[];
}

const given = (v: unknown) => v !== null && v !== undefined && v !== '';

/**
 * The follow-ups of a batch of changed keys, judged on the answers after the change. A key that is
 * itself part of the batch is never cleared or marked: the batch answered it.
 */
export function followUps(
  codebook: Codebook,
  lists: StudyLists,
  after: Entries,
  changed: readonly string[],
): FollowUps {
  const inBatch = new Set(changed);
  const { answers, rowIds } = entriesToAnswers(codebook, after);
  const effective = resolveCase(codebook, answers, lists).effective;
  const clear = new Set<string>();
  const check = new Map<string, string>();

  const judge = (key: string, q: Question, lookup: Lookup, source: string, mayMark: boolean) => {
    if (inBatch.has(key) || !given(after[key]) || clear.has(key)) return;
    const asked = !q.askedWhen || evaluateCondition(q.askedWhen, lookup);
    if (!asked && decided(q.askedWhen!, lookup)) {
      clear.add(key);
      check.delete(key);
    } else if (mayMark && !check.has(key)) check.set(key, source);
  };

  for (const key of changed) {
    const info = keyInfo(codebook, lists, key);
    if (!info) continue;
    const { table, row, question } = info;
    if (table && row !== undefined) {
      const rowEffective = effectiveRow(effective, table.code, table.type, row, rowIds);
      const lookup = scopeOf(effective, rowEffective);
      for (const q of dependentsIn(table.questions, question.code))
        judge(`${table.code}.${row}.${q.code}`, q, lookup, key, true);
      // Across scopes only what no longer applies is cleared (B2 when fewer than two problems remain).
      for (const q of caseDependentsOfTable(codebook, table.code)) judge(q.code, q, scopeOf(effective), key, false);
    } else {
      const caseQs = codebook.sections.flatMap((s) => s.questions ?? []);
      for (const q of dependentsIn(caseQs, question.code)) judge(q.code, q, scopeOf(effective), key, true);
    }
  }
  return { clear: [...clear], check: [...check].map(([k, source]) => ({ key: k, source })) };
}

function effectiveRow(
  effective: CaseAnswers,
  table: string,
  type: 'grid' | 'repeat',
  row: string,
  rowIds: Record<string, string[]>,
): RowAnswers {
  const value = effective[table];
  if (type === 'grid') return (value as Record<string, RowAnswers> | undefined)?.[row] ?? {};
  const index = (rowIds[table] ?? []).indexOf(row);
  return (Array.isArray(value) ? (value as RowAnswers[])[index] : undefined) ?? {};
}
