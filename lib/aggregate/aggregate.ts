import type { StudyLists } from '../codebook/types';
import {
  estimateByGroup,
  estimateColumns,
  type Column,
  type Estimate,
  type IntervalKind,
  type PostStratumSummary,
  type SampleDesign,
} from '../estimate';
import type { CaseTally } from '../tally';
import { caseInputs, caseInputVector, inputIntervalKind, inputLayout } from './input-keys';

export interface StratumFrame {
  caseworker: string;
  team: string;
  N: number;
}
export interface CompletedCase {
  caseworker: string;
  tally: CaseTally;
}

export interface InputEstimate {
  key: string;
  mean: number | null;
  se: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  n: number;
  /** t degrees of freedom (completed cases minus strata) and the interval's kind. */
  df: number;
  interval: IntervalKind;
  total?: number | null;
  flags: string[];
}

export interface Aggregate {
  n: number;
  /** Design degrees of freedom: completed cases minus strata with cases (R's degf). */
  df: number | null;
  strata: { caseworker: string; team: string; N: number; n: number }[];
  inputs: InputEstimate[];
  /** Post-strata (huishoudtype) when naweging was asked for and possible; else null. */
  postStrata: PostStratumSummary[] | null;
  warnings: string[];
  /** The per-case data behind the estimates, for design-based SEs of combinations (MKBA). */
  sample: SampleDesign | null;
}

const toInput = (e: Estimate): InputEstimate => ({
  key: e.key,
  mean: e.mean,
  se: e.se,
  ciLow: e.ciLow,
  ciHigh: e.ciHigh,
  n: e.n,
  df: e.df,
  interval: e.interval,
  ...(e.total !== undefined ? { total: e.total } : {}),
  flags: [...e.flags],
});

function observations(cases: readonly CompletedCase[], lists: StudyLists) {
  return cases.map((c) => ({
    stratum: c.caseworker,
    values: caseInputs(c.tally, lists),
    categories: { huishoudtype: c.tally.householdType ?? undefined },
  }));
}

/**
 * The MKBA inputs of a study: design-weighted means per household with SE and CI, strata =
 * caseworkers (N_h from the frame, n_h = completed usable cases). Only completed cases count.
 */
export function aggregate(
  strata: readonly StratumFrame[],
  cases: readonly CompletedCase[],
  lists: StudyLists,
  opts: { households?: number | null; householdShares?: Readonly<Record<string, number>> | null } = {},
): Aggregate {
  const n = new Map<string, number>();
  for (const c of cases) n.set(c.caseworker, (n.get(c.caseworker) ?? 0) + 1);
  const base = {
    n: cases.length,
    strata: strata.map((s) => ({ caseworker: s.caseworker, team: s.team, N: s.N, n: n.get(s.caseworker) ?? 0 })),
  };
  if (cases.length === 0)
    return {
      ...base,
      df: null,
      inputs: [],
      postStrata: null,
      warnings: ['Nog geen afgeronde dossiers: er is niets te schatten.'],
      sample: null,
    };
  // Columnar: one Float64Array per input key, parallel to the cases.
  const { keys } = inputLayout(lists);
  const columns: Record<string, Column> = {};
  const data = keys.map(() => new Float64Array(cases.length));
  cases.forEach((c, i) => caseInputVector(c.tally, lists).forEach((x, k) => (data[k][i] = x)));
  keys.forEach((k, j) => (columns[k] = data[j]));
  const obs = cases.map((c) => ({
    stratum: c.caseworker,
    values: {},
    categories: { huishoudtype: c.tally.householdType ?? undefined },
  }));
  const designStrata = strata.map((s) => ({ stratum: s.caseworker, N: s.N }));
  const postStratify = opts.householdShares ? { variable: 'huishoudtype', shares: opts.householdShares } : undefined;
  const result = estimateColumns(designStrata, obs, keys, columns, {
    intervalKind: inputIntervalKind,
    ...(opts.households ? { populationTotal: opts.households } : {}),
    ...(postStratify ? { postStratify } : {}),
  });
  // The MKBA uses the post-stratified means only when post-stratification was possible.
  const sample: SampleDesign = {
    strata: designStrata,
    obs,
    columns,
    ...(postStratify && result.postStrata ? { postStratify } : {}),
  };
  return {
    ...base,
    df: result.df,
    inputs: result.estimates.map(toInput),
    postStrata: result.postStrata,
    warnings: result.warnings,
    sample,
  };
}

/** Per team: each team's caseworkers as their own population. */
export function aggregateByTeam(
  strata: readonly StratumFrame[],
  cases: readonly CompletedCase[],
  lists: StudyLists,
  keys: readonly string[],
) {
  const teamOf = new Map(strata.map((s) => [s.caseworker, s.team]));
  const withCases = new Set(cases.map((c) => c.caseworker));
  const used = strata.filter((s) => withCases.has(s.caseworker));
  if (used.length === 0) return [];
  return estimateByGroup(
    used.map((s) => ({ stratum: s.caseworker, N: s.N })),
    observations(cases, lists),
    keys,
    (s) => teamOf.get(s) ?? null,
    { intervalKind: inputIntervalKind },
  ).map((g) => ({ team: g.group, inputs: g.result.estimates.map(toInput), warnings: g.result.warnings }));
}
