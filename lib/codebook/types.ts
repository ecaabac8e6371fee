/**
 * Types of the codebook: the interview as data (domain.md §4).
 *
 * One codebook value drives the interview form, the zod validation, the Excel columns and the
 * tallies, so adding a question is a change in one place. Codes are stable identifiers; labels
 * and help texts are Dutch.
 */

export type QuestionKind = 'choice' | 'integer' | 'month' | 'text' | 'boolean';

/** A value an interviewer can give. `null`/`undefined` (and '') mean "not answered". */
export type AnswerValue = string | number | boolean;
export type Answer = AnswerValue | null | undefined;

/** One answer option: stable code, Dutch label and an optional single key for fast entry. */
export interface CodeOption {
  readonly code: string;
  readonly label: string;
  readonly key?: string;
}

/**
 * A condition as data, evaluated against the answers in scope: a table row's own answers first,
 * then the case-level answers (derived values included). A question that is not answered never
 * satisfies a comparison, so `notEquals` means "answered and different".
 */
export type Condition =
  | { readonly question: string; readonly equals: AnswerValue }
  | { readonly question: string; readonly notEquals: AnswerValue }
  | { readonly question: string; readonly in: readonly AnswerValue[] }
  | { readonly question: string; readonly atLeast: number }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] };

/** How a derived question gets its value (computed, never typed in unless `overridable`). */
export type Derivation =
  /** Number of rows of a table whose `question` equals `equals` (e.g. problems at start). */
  | { readonly fn: 'countRows'; readonly table: string; readonly question: string; readonly equals: AnswerValue }
  /** Change of a life domain from the start/now problem flags and optional ZRM scores. */
  | {
      readonly fn: 'change';
      readonly start: string;
      readonly startScore: string;
      readonly now: string;
      readonly nowScore: string;
    }
  /** Severity (zwaarte) from the number of problems and self-reliance. */
  | { readonly fn: 'severity'; readonly problemCount: string; readonly selfReliant: string };

/** Default for an unanswered question: a fixed value, or the value of another question in scope. */
export type AnswerDefault = AnswerValue | { readonly copyOf: string };

interface QuestionBase {
  /** Stable code: 'A1' for case questions, a short name ('aanvang') inside a table row. */
  readonly code: string;
  /** Slug appended to the code in export column names ('A1_huishoudtype'). */
  readonly name?: string;
  /** Dutch question text. */
  readonly label: string;
  /** Alternative wordings: the first whose condition holds replaces `label` in the form. */
  readonly labelWhen?: readonly { readonly when: Condition; readonly label: string }[];
  readonly help?: string;
  /** Asked only when this holds; otherwise any answer is ignored. */
  readonly askedWhen?: Condition;
  /** Required (when asked) for a complete case; a condition makes it required only then. */
  readonly required?: boolean | Condition;
  readonly default?: AnswerDefault;
  /**
   * Questions (same scope) whose change makes this answer doubtful beyond what the conditions
   * already say, e.g. a ZRM score after its problem flag changed: the answer is marked "controleren".
   */
  readonly dependsOn?: readonly string[];
  readonly derived?: Derivation;
  /** A derived question whose computed value the interviewer may override. */
  readonly overridable?: boolean;
  /**
   * Whether Enter / auto-advance visits this question in the keyboard flow (Tab always reaches it).
   * false: optional detail such as a ZRM score; a condition: only while it holds. Default: visited.
   */
  readonly flow?: false | Condition;
}

export interface ChoiceQuestion extends QuestionBase {
  readonly kind: 'choice';
  /** Fixed options, or … */
  readonly codes?: readonly CodeOption[];
  /** … options taken from a study-editable list. */
  readonly codesFrom?: ListName;
}

export interface IntegerQuestion extends QuestionBase {
  readonly kind: 'integer';
  readonly min: number;
  readonly max: number;
  readonly unit?: string;
}

/** A calendar month written as yyyy-mm. */
export interface MonthQuestion extends QuestionBase {
  readonly kind: 'month';
}

/** Free text; always screened for personal data (BSN, e-mail, phone). */
export interface TextQuestion extends QuestionBase {
  readonly kind: 'text';
  readonly maxLength: number;
}

export interface BooleanQuestion extends QuestionBase {
  readonly kind: 'boolean';
}

export type Question = ChoiceQuestion | IntegerQuestion | MonthQuestion | TextQuestion | BooleanQuestion;

/** A table with one row per item of a study list (leefgebieden, escalaties). */
export interface GridTable {
  readonly type: 'grid';
  /** Answer key and export column prefix ('B' → answers.B.financien.aanvang, B_financien_aanvang). */
  readonly code: string;
  readonly label: string;
  /** Dutch name of one row, e.g. 'Leefgebied' (messages: "Leefgebied Huisvesting: …"). */
  readonly itemLabel: string;
  readonly rowsFrom: ListName;
  readonly questions: readonly Question[];
  /**
   * One key that answers every still unanswered row at once, explicitly ("overige leefgebieden:
   * geen probleem"). Stored and audited like any other answer; never a silent default.
   */
  readonly rest?: { readonly question: string; readonly value: string; readonly key: string; readonly label: string };
}

/** A table of repeatable rows (trajecten). */
export interface RepeatTable {
  readonly type: 'repeat';
  /** Answer key and export column prefix ('C' → answers.C[0].type, C1_type). */
  readonly code: string;
  readonly label: string;
  /** Dutch name of one row, e.g. 'Traject'. */
  readonly itemLabel: string;
  readonly maxRows: number;
  readonly questions: readonly Question[];
}

export type Table = GridTable | RepeatTable;

/**
 * A section of the interview. Order of evaluation and display: the table (if any) first, then the
 * section's case-level questions, which may summarise the table (B1–B3 after the grid).
 */
export interface Section {
  readonly id: string;
  readonly title: string;
  readonly help?: string;
  readonly table?: Table;
  readonly questions?: readonly Question[];
}

export interface Codebook {
  readonly version: string;
  readonly title: string;
  readonly sections: readonly Section[];
}

/* ---------- study-editable lists ---------- */

export type ListName = 'lifeDomains' | 'escalationTypes' | 'trajectoryTypes';

export interface ListItem {
  readonly code: string;
  readonly label: string;
}

export type PartyCode = 'gemeente' | 'huishoudens' | 'zorgverzekeraar' | 'rijk' | 'corporatie' | 'politie_justitie';

export type TrajectoryDomain =
  'inkomen' | 'jeugd' | 'wmo' | 'welzijn' | 'zorgverzekering' | 'participatie' | 'informeel';

/** Where a price comes from: the MKBA report (§8), an illustrative example, or the study itself. */
export type PriceSource = 'rapport' | 'voorbeeld' | 'studie';

export interface TrajectoryType extends ListItem {
  readonly domain: TrajectoryDomain;
  /** Euro per trajectory (one trajectory for one household, one year). */
  readonly price: number;
  readonly priceSource: PriceSource;
  /** The party that pays for the trajectory. */
  readonly payer: PartyCode;
}

export interface StudyLists {
  readonly lifeDomains: readonly ListItem[];
  readonly escalationTypes: readonly ListItem[];
  readonly trajectoryTypes: readonly TrajectoryType[];
}

/* ---------- answers ---------- */

export interface RowAnswers {
  readonly [question: string]: Answer;
}

export interface GridAnswers {
  readonly [rowCode: string]: RowAnswers | undefined;
}

/**
 * A case's answers as stored: case questions by code ('A1': 'gezin'), grids by table code and row
 * code ('B': { financien: { aanvang: 'ja' } }), repeat tables as arrays ('C': [{ type: … }]).
 */
export interface CaseAnswers {
  readonly [code: string]: Answer | GridAnswers | readonly RowAnswers[];
}

/** Path of one answer inside CaseAnswers: ['A1'], ['B', 'financien', 'nu'], ['C', 0, 'oud']. */
export type AnswerPath = readonly (string | number)[];
