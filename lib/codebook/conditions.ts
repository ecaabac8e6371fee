/**
 * Evaluation of the codebook's data conditions and the derived values of section B.
 */
import type { Answer, AnswerValue, CaseAnswers, Condition, Question, RowAnswers } from './types';

export type Change = 'verbeterd' | 'verslechterd' | 'gelijk';
export const SEVERITIES = ['enkelvoudig', 'meervoudig_zelfredzaam', 'meervoudig_niet_zelfredzaam', 'top'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Looks up the value of a question code in the current scope. */
export type Lookup = (code: string) => Answer;

/** True for a real answer; null, undefined and '' (an emptied input) are "not answered". */
export function isAnswered(value: unknown): value is AnswerValue {
  return value !== null && value !== undefined && value !== '';
}

/**
 * A scope lookup over a row's answers first, then the case-level answers.
 * Why: row conditions (oud depends on wie) and case conditions (A9 on A8) share one evaluator.
 */
export function scopeOf(answers: CaseAnswers, row?: RowAnswers): Lookup {
  return (code) => {
    const own = row?.[code];
    if (isAnswered(own)) return own;
    const value = answers[code];
    return typeof value === 'object' ? undefined : value;
  };
}

/**
 * Evaluates a condition. An unanswered question satisfies no comparison, so a question that
 * depends on an unanswered one is not asked yet.
 */
export function evaluateCondition(condition: Condition, lookup: Lookup): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, lookup));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, lookup));
  const value = lookup(condition.question);
  if (!isAnswered(value)) return false;
  if ('equals' in condition) return value === condition.equals;
  if ('notEquals' in condition) return value !== condition.notEquals;
  if ('in' in condition) return condition.in.includes(value);
  return typeof value === 'number' && value >= condition.atLeast;
}

/**
 * Whether a question is asked given the answers so far. Pass effective answers (from
 * `resolveCase`) so conditions on derived values (B1, verandering) see those values.
 */
export function isAsked(question: Question, answers: CaseAnswers, row?: RowAnswers): boolean {
  return !question.askedWhen || evaluateCondition(question.askedWhen, scopeOf(answers, row));
}

/** Whether an asked question must be answered for the case to be complete. */
export function isRequired(question: Question, lookup: Lookup): boolean {
  const r = question.required;
  return r === true || (typeof r === 'object' && evaluateCondition(r, lookup));
}

/** The wording to show: the counterfactual question in C depends on wie and actie. */
export function questionLabel(question: Question, answers: CaseAnswers, row?: RowAnswers): string {
  const lookup = scopeOf(answers, row);
  return question.labelWhen?.find((v) => evaluateCondition(v.when, lookup))?.label ?? question.label;
}

/** A life domain at one moment: problem yes/no and the optional ZRM score (1 acute … 5 self-reliant). */
export interface DomainState {
  readonly problem: boolean;
  readonly score?: number | null | undefined;
}

/**
 * Change of one life domain. The problem flag is the primary measure (it is what the report
 * counts); the ZRM score refines it only when the flag did not change, e.g. still a problem but
 * ZRM 1 → 3 is an improvement.
 */
export function deriveChange(start: DomainState, now: DomainState): Change {
  if (start.problem && !now.problem) return 'verbeterd';
  if (!start.problem && now.problem) return 'verslechterd';
  const a = start.score;
  const b = now.score;
  if (typeof a === 'number' && typeof b === 'number') {
    if (b > a) return 'verbeterd';
    if (b < a) return 'verslechterd';
  }
  return 'gelijk';
}

export interface SeverityInput {
  /** Number of life domains with a problem at the start. */
  readonly problemCount: number;
  /** B2; undefined when not (yet) answered. */
  readonly selfReliant?: boolean | undefined;
  /** Already escalated or intramural: the top segment of the care profile. */
  readonly escalated?: boolean | undefined;
  /** The interviewer's override of the derived value. */
  readonly override?: Severity | undefined;
}

/**
 * Severity (zwaarte) of a case, the second axis of the care profile (table 5). Undefined while
 * ≥ 2 problems are known but B2 is not answered yet: better no value than a wrong one.
 */
export function deriveSeverity(input: SeverityInput): Severity | undefined {
  if (input.override) return input.override;
  if (input.escalated) return 'top';
  if (input.problemCount <= 1) return 'enkelvoudig';
  if (input.selfReliant === undefined) return undefined;
  return input.selfReliant ? 'meervoudig_zelfredzaam' : 'meervoudig_niet_zelfredzaam';
}

/** Dutch description of a condition, for the codebook sheet of the Excel export. */
export function describeCondition(condition: Condition): string {
  if ('all' in condition) return condition.all.map(describeCondition).join(' en ');
  if ('any' in condition) return `(${condition.any.map(describeCondition).join(' of ')})`;
  const q = condition.question;
  if ('equals' in condition) return `${q} = ${condition.equals}`;
  if ('notEquals' in condition) return `${q} ≠ ${condition.notEquals}`;
  if ('in' in condition) return `${q} is ${condition.in.join(' of ')}`;
  return `${q} ≥ ${condition.atLeast}`;
}
