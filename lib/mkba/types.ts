/**
 * Plain-data types of the MKBA engine (domain.md §7). The engine is framework-free so the
 * uitvoerscherm, the CLI and the tests all compute the same numbers from the same inputs.
 */
import type { StudyLists } from '../codebook/types';

export const COST_CODES = ['K1', 'K2', 'K3'] as const;
export const BENEFIT_CODES = ['B1a', 'B1b', 'B1c', 'B2', 'B3', 'B4a', 'B4b', 'B4c'] as const;
export const LINE_CODES = [...COST_CODES, ...BENEFIT_CODES] as const;
/** The immaterial benefits, excluded from the financial ratio. */
export const IMMATERIAL_CODES = ['B4a', 'B4b', 'B4c'] as const;

export type CostCode = (typeof COST_CODES)[number];
export type BenefitCode = (typeof BENEFIT_CODES)[number];
export type LineCode = (typeof LINE_CODES)[number];

export const LINE_LABELS: Record<LineCode, string> = {
  K1: 'Kosten in 0-situatie',
  K2: 'Meerkosten nieuwe werkwijze',
  K3: 'Kosten extra zorg',
  B1a: 'Nieuw voor oud',
  B1b: 'Meer op maat',
  B1c: 'Substitutie',
  B2: 'Toename effectiviteit',
  B3: 'Voorkomen escalatie',
  B4a: 'Ontwikkelingskansen kinderen',
  B4b: 'Kwaliteit van leven',
  B4c: 'Overlast en onveiligheid',
};

/** Share per party code (e.g. 'gemeente'); the shares of one line sum to 1. */
export type PartyShares = Record<string, number>;

/**
 * Kengetallen: study settings, not measured in the dossiers. Every map is keyed by list code
 * (trajectory type, life domain, escalation type). A value that a nonzero quantity needs but
 * that is absent is reported by `missingUnitValues`; an explicit 0 is a value, not a gap.
 */
export interface UnitValues {
  /** fte in the new way of working (fte_nieuw). */
  fteNew: number;
  /** Meerkosten as a fraction: fte_nul = fte_nieuw × (1 − extraCostPct). */
  extraCostPct: number;
  /** Euro per fte per year. */
  costPerFte: number;
  /** H: caseload households; quantities are per household, lines are H × Σ. */
  households: number;
  /** Euro per trajectory, per trajectory type. */
  prices: Record<string, number>;
  /** Split of every line over the parties; required for all eleven lines. */
  partySplit: Partial<Record<LineCode, PartyShares>>;
  /**
   * Per input key, the split of that input's amount, for lines split by payer (each trajectory
   * type's amount goes to its payer). Wins over `partySplit` for that input while the line is
   * not overridden; an overridden line follows `partySplit`. Why per input: a party's amount is
   * then linear in the per-household means, which its design-based SE relies on.
   */
  inputSplit?: Partial<Record<LineCode, Record<string, PartyShares>>>;
  /** Euro per prevented escalation, per escalation type (B3). */
  escalationCost: Record<string, number>;
  /** Euro per unit of net improvement, per life domain (B2; may be 0 or negative). */
  financialValue: Record<string, number>;
  /** QALY per unit of net improvement, per life domain (B4b). */
  qaly: Record<string, number>;
  /** Euro per QALY (report: 50,000). */
  qalyValue: number;
  /** Euro of overlast/onveiligheid per prevented escalation, per escalation type (B4c). */
  nuisanceValue: Record<string, number>;
  /**
   * B4a ontwikkelingskansen kinderen: euro per unit of net improvement, per life domain.
   * B4a = H × Σ_d net_improved[d] × childValue[d]; the line may also be overridden outright.
   * A value is required for the CHILD_DEVELOPMENT_DOMAINS (opvoeding) when used; other domains
   * count only when the study lists them, since child development is not defined for them.
   */
  childValue: Record<string, number>;
  /** Years the (constant) yearly saldo is counted for the NCW; default 1. */
  horizonYears: number;
  /** Yearly discount rate for the NCW (e.g. 0.03). */
  discountRate: number;
}

/** Defaults that the report fixes independently of a study (domain.md §7, §8). */
export const UNIT_VALUE_DEFAULTS = {
  qalyValue: 50_000,
  horizonYears: 1,
  discountRate: 0,
} as const;

/** Domains whose net improvement must carry a B4a child-development value. */
export const CHILD_DEVELOPMENT_DOMAINS: readonly string[] = ['opvoeding'];

/**
 * Per-household means keyed by input key (lib/aggregate/input-keys.ts), e.g.
 * `prof_extra.<type>`, `meer_op_maat.<type>`, `substitutie.<replaced type>`,
 * `net_improved.<domain>`, `prevented.<escalation>`. `overrides` replace a mean (typed in by the
 * user or set by a scenario) and are shown as such; `lineOverrides` replace a line's amount.
 */
export interface Quantities {
  means: Record<string, number>;
  overrides?: Record<string, number>;
  lineOverrides?: Partial<Record<LineCode, number>>;
}

/** One row of a line's drill-down: amount = quantity × price. */
export interface LineInput {
  key?: string;
  label: string;
  quantity: number;
  price: number;
  amount: number;
  overridden?: boolean;
}

export interface MkbaLine {
  code: LineCode;
  label: string;
  kind: 'cost' | 'benefit';
  /** The amount used in all totals (the override when there is one). */
  amount: number;
  /** The amount the formula gives, kept so the screen can show both. */
  computed: number;
  overridden: boolean;
  formula: string;
  inputs: LineInput[];
}

export interface PartyResult {
  party: string;
  costs: number;
  benefits: number;
  saldo: number;
  /** benefits / costs, null when the party bears no costs. */
  ratio: number | null;
}

export interface MkbaResult {
  lines: MkbaLine[];
  costs: Record<CostCode, number> & { total: number };
  benefits: Record<BenefitCode, number> & { total: number };
  saldo: number;
  /** (B − B4) / K; null when K = 0. */
  ratioFinancial: number | null;
  /** B / K; null when K = 0. */
  ratioSocial: number | null;
  parties: PartyResult[];
  /** Net present value of the yearly saldo over horizonYears at discountRate. */
  npv: number;
}

/** Optional lists, used only for Dutch labels in messages and drill-downs. */
export type LabelLists = Partial<StudyLists>;
