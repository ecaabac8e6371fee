/**
 * Resolving a case's answers against the codebook: which questions are asked, their effective
 * values (defaults and derived values included) and which required answers are missing.
 */
import {
  deriveChange,
  deriveSeverity,
  evaluateCondition,
  isAnswered,
  isRequired,
  SEVERITIES,
  type Lookup,
  type Severity,
} from './conditions';
import type {
  Answer,
  AnswerPath,
  AnswerValue,
  CaseAnswers,
  CodeOption,
  Codebook,
  Derivation,
  GridAnswers,
  ListItem,
  ListName,
  Question,
  RowAnswers,
  StudyLists,
} from './types';

export interface MissingAnswer {
  readonly path: AnswerPath;
  readonly question: Question;
}

export interface ResolvedCase {
  /** The given answers to questions that are asked: what to store (stale answers dropped). */
  readonly answers: CaseAnswers;
  /** Answers plus defaults and derived values: what tallies, exports and conditions read. */
  readonly effective: CaseAnswers;
  /** Asked, required and not answered. */
  readonly missing: readonly MissingAnswer[];
}

type Mutable = Record<string, unknown>;

/** Items of a study list. Why: grids and choice questions take their options from the study. */
export function listItems(lists: StudyLists, name: ListName): readonly ListItem[] {
  return lists[name];
}

/** The options of a choice question, from the codebook or from the study's list. */
export function choiceOptions(question: Question, lists: StudyLists): readonly CodeOption[] {
  if (question.kind !== 'choice') return [];
  return question.codes ?? (question.codesFrom ? listItems(lists, question.codesFrom) : []);
}

function asRow(value: unknown): RowAnswers {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as RowAnswers) : {};
}

function derive(d: Derivation, lookup: Lookup, effective: Mutable): AnswerValue | undefined {
  switch (d.fn) {
    case 'countRows': {
      // A count over rows that are not all answered is unknown, never a count of the answered ones.
      const table = effective[d.table];
      const rows = (Array.isArray(table) ? table : Object.values(asRow(table))).map(asRow);
      if (rows.some((r) => !isAnswered(r[d.question]))) return undefined;
      return rows.filter((r) => r[d.question] === d.equals).length;
    }
    case 'change': {
      const start = lookup(d.start);
      const now = lookup(d.now);
      if (!isAnswered(start) || !isAnswered(now)) return undefined;
      const score = (v: Answer) => (typeof v === 'number' ? v : undefined);
      return deriveChange(
        { problem: start === 'ja', score: score(lookup(d.startScore)) },
        { problem: now === 'ja', score: score(lookup(d.nowScore)) },
      );
    }
    case 'severity': {
      const count = lookup(d.problemCount);
      const selfReliant = lookup(d.selfReliant);
      if (typeof count !== 'number') return undefined;
      return deriveSeverity({
        problemCount: count,
        selfReliant: selfReliant === 'ja' ? true : selfReliant === 'nee' ? false : undefined,
      });
    }
  }
}

/**
 * Resolves one question into `given` (the stored answer) and `effective`, recording a missing
 * required answer. Questions are resolved in codebook order, so each condition sees the
 * effective values of the questions before it.
 */
function resolveQuestion(
  q: Question,
  raw: RowAnswers,
  lookup: Lookup,
  effectiveCase: Mutable,
  out: { given: Mutable; effective: Mutable; missing: MissingAnswer[]; path: AnswerPath },
): void {
  if (q.askedWhen && !evaluateCondition(q.askedWhen, lookup)) return;
  const value = raw[q.code];
  const given = isAnswered(value) && (!q.derived || q.overridable) ? value : undefined;
  let effective: Answer = given;
  if (given === undefined && q.derived) effective = derive(q.derived, lookup, effectiveCase);
  if (given === undefined && q.default !== undefined) {
    effective = typeof q.default === 'object' ? lookup(q.default.copyOf) : q.default;
  }
  if (given !== undefined) out.given[q.code] = given;
  if (isAnswered(effective)) out.effective[q.code] = effective;
  if (given === undefined && !q.derived && isRequired(q, lookup)) {
    out.missing.push({ path: [...out.path, q.code], question: q });
  }
}

function resolveRow(
  questions: readonly Question[],
  raw: RowAnswers,
  caseLookup: Lookup,
  effectiveCase: Mutable,
  path: AnswerPath,
  missing: MissingAnswer[],
): { given: Mutable; effective: Mutable } {
  const given: Mutable = {};
  const effective: Mutable = {};
  const lookup: Lookup = (code) => (code in effective ? (effective[code] as Answer) : caseLookup(code));
  for (const q of questions) resolveQuestion(q, raw, lookup, effectiveCase, { given, effective, missing, path });
  return { given, effective };
}

/**
 * Resolves a (possibly partial) case. Why one function: the complete-case schema, the tallies and
 * the export must agree on what was asked and what counts, including defaults and derived values.
 */
export function resolveCase(codebook: Codebook, raw: CaseAnswers, lists: StudyLists): ResolvedCase {
  const given: Mutable = {};
  const effective: Mutable = {};
  const missing: MissingAnswer[] = [];
  const caseLookup: Lookup = (code) => {
    const v = effective[code];
    return typeof v === 'object' ? undefined : (v as Answer);
  };
  const rawCase = raw as Mutable as RowAnswers;
  for (const section of codebook.sections) {
    const table = section.table;
    if (table?.type === 'grid') {
      const rawGrid = asRow(raw[table.code]) as GridAnswers;
      const g: Mutable = {};
      const e: Mutable = {};
      for (const item of listItems(lists, table.rowsFrom)) {
        const path = [table.code, item.code];
        const r = resolveRow(table.questions, asRow(rawGrid[item.code]), caseLookup, effective, path, missing);
        if (Object.keys(r.given).length > 0) g[item.code] = r.given;
        e[item.code] = r.effective;
      }
      if (Object.keys(g).length > 0) given[table.code] = g;
      effective[table.code] = e;
    } else if (table?.type === 'repeat') {
      const rawRows = raw[table.code];
      const rows = Array.isArray(rawRows) ? (rawRows as readonly RowAnswers[]) : [];
      const resolved = rows.map((row, i) =>
        resolveRow(table.questions, asRow(row), caseLookup, effective, [table.code, i], missing),
      );
      if (resolved.length > 0) given[table.code] = resolved.map((r) => r.given);
      effective[table.code] = resolved.map((r) => r.effective);
    }
    for (const q of section.questions ?? []) {
      resolveQuestion(q, rawCase, caseLookup, effective, { given, effective, missing, path: [] });
    }
  }
  return { answers: given as CaseAnswers, effective: effective as CaseAnswers, missing };
}

/** Narrows a stored value to a severity code. */
export function asSeverity(value: unknown): Severity | undefined {
  return (SEVERITIES as readonly unknown[]).includes(value) ? (value as Severity) : undefined;
}
