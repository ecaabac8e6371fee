import { buildDesign, stratifiedVariance, type Design } from './design';
import { confidenceInterval, designDf, intervalQuantile } from './interval';
import { postStratify, postStratumResiduals, type PostStratified } from './post-stratify';
import {
  FEW_CASES,
  FLAG_TEXT,
  type Estimate,
  type EstimateFlag,
  type EstimateOptions,
  type EstimationResult,
  type GroupResult,
  type IntervalKind,
  type Observation,
  type StratumInfo,
} from './types';

/**
 * Design weights w_h = N_h / n_h per stratum, for strata with at least one observation.
 * Why a separate function: the weights are shown next to the sample composition and are the
 * `weights = ~w` column of the R check (domain.md §6).
 */
export function designWeights(strata: readonly StratumInfo[], obs: readonly Observation[]): Map<string, number> {
  return new Map(buildDesign(strata, obs).strata.map((s) => [s.stratum, s.weight] as const));
}

const valueOf = (o: Observation, key: string): number => {
  const v = o.values[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : NaN;
};

/** Values of one variable, parallel to the observations; NaN = missing (outside the domain). */
export type Column = ArrayLike<number>;

function estimateKey(
  design: Design,
  ps: PostStratified | null,
  key: string,
  ys: Column,
  interval: { kind: IntervalKind; q: number; df: number },
  populationTotal: number | undefined,
): Estimate {
  const weights = ps ? ps.weights : design.weights;
  const count = design.observations.length;
  let W = 0;
  let n = 0;
  for (let i = 0; i < count; i++) {
    if (Number.isNaN(ys[i])) continue;
    W += weights[i];
    n++;
  }
  const flags: EstimateFlag[] = [];
  if (n < FEW_CASES) flags.push(n === 0 ? 'no-data' : 'few-cases');
  const estimate: Estimate = {
    key,
    mean: null,
    se: null,
    ciLow: null,
    ciHigh: null,
    n,
    df: interval.df,
    interval: interval.kind,
    flags,
  };
  if (n > 0) {
    // Same operation order as svymean: Σ y_i w_i / Σw, influence (y_i − ȳ) w_i / Σw.
    let mean = 0;
    for (let i = 0; i < count; i++) if (!Number.isNaN(ys[i])) mean += (ys[i] * weights[i]) / W;
    const influence = new Array<number>(count);
    let lonely = false;
    let informative = false;
    for (let i = 0; i < count; i++) {
      const y = ys[i];
      if (Number.isNaN(y)) {
        influence[i] = 0;
        continue;
      }
      influence[i] = ((y - mean) * weights[i]) / W;
      const h = design.strata[design.stratumOf[i]];
      if (h.lonely) lonely = true;
      else if (h.n >= 2 && !h.census) informative = true;
    }
    const r = ps ? postStratumResiduals(design, ps, influence) : influence;
    estimate.mean = mean;
    if (lonely) flags.push('lonely-stratum');
    if (lonely && !informative) {
      flags.push('no-variance');
    } else {
      const se = Math.sqrt(stratifiedVariance(design, r));
      estimate.se = se;
      const ci = confidenceInterval(interval.kind, mean, se, interval.q);
      estimate.ciLow = ci?.low ?? null;
      estimate.ciHigh = ci?.high ?? null;
    }
  }
  if (populationTotal !== undefined) {
    const times = (x: number | null) => (x === null ? null : x * populationTotal);
    estimate.total = times(estimate.mean);
    estimate.totalSe = times(estimate.se);
    estimate.totalCiLow = times(estimate.ciLow);
    estimate.totalCiHigh = times(estimate.ciHigh);
  }
  return estimate;
}

function estimateWarnings(e: Estimate): string[] {
  return e.flags
    .filter((f) => f !== 'lonely-stratum') // already reported per stratum
    .map((f) => `${e.key}: ${FLAG_TEXT[f]} (n = ${e.n}).`);
}

/**
 * Weighted means with SE and confidence interval for a stratified SRSWOR sample (strata =
 * caseworkers), optionally post-stratified: ȳ = Σ_h (N_h/N) ȳ_h and
 * V = Σ_h (N_h/N)² (1 − n_h/N_h) s_h²/n_h; the interval uses t on df = n − H, of the kind
 * `opts.intervalKind` gives per key (domain.md §6).
 * Why: these are the MKBA inputs per household; the numbers agree with R's survey package
 * (svydesign(ids=~1, strata=~teamlid, weights=~w, fpc=~N_h) + svymean, confint with
 * df = degf(design), svyciprop(method = "logit"), and postStratify) to rounding, see tests/reference.
 * A missing value (null / absent / non-finite) makes that case fall outside the domain of that
 * variable: the result is survey's domain estimate (svymean(..., na.rm = TRUE)).
 * A stratum with n_h = 1 counts in the mean but not in the variance (survey.lonely.psu =
 * "remove"); this is flagged and reported in Dutch. If every stratum with a value is such a
 * stratum, `se` and the interval are null (R would report 0).
 */
export function estimateMeans(
  strata: readonly StratumInfo[],
  obs: readonly Observation[],
  keys: readonly string[],
  opts: EstimateOptions = {},
): EstimationResult {
  const columns: Record<string, Column> = {};
  for (const key of keys) columns[key] = Float64Array.from(obs, (o) => valueOf(o, key));
  return estimateColumns(strata, obs, keys, columns, opts);
}

/**
 * As {@link estimateMeans}, with the values given per variable as columns parallel to `obs`
 * (NaN = missing). Why: aggregating thousands of cases over ~200 inputs is several times
 * faster without a 200-key object per case; both paths share this one estimator.
 */
export function estimateColumns(
  strata: readonly StratumInfo[],
  obs: readonly Observation[],
  keys: readonly string[],
  columns: Readonly<Record<string, Column>>,
  opts: EstimateOptions = {},
): EstimationResult {
  const confidence = opts.confidence ?? 0.95;
  const { populationTotal } = opts;
  if (populationTotal !== undefined && !(Number.isFinite(populationTotal) && populationTotal >= 0)) {
    throw new Error(`Aantal huishoudens in de caseload moet een getal ≥ 0 zijn (gekregen: ${populationTotal}).`);
  }
  const design = buildDesign(strata, obs);
  // As confint(svymean(...), df = degf(design)): t quantile on completed cases minus strata.
  const df = designDf(design.observations.length, design.strata.length);
  const q = intervalQuantile(confidence, df);
  const kindOf = opts.intervalKind ?? (() => 't' as const);
  const warnings = [...design.warnings];
  let ps: PostStratified | null = null;
  if (opts.postStratify && design.observations.length > 0) {
    const outcome = postStratify(design, opts.postStratify);
    if ('reason' in outcome) warnings.push(outcome.reason);
    else {
      ps = outcome;
      warnings.push(...outcome.warnings);
    }
  }
  const missing = new Float64Array(obs.length).fill(NaN);
  const estimates = keys.map((key) =>
    estimateKey(design, ps, key, columns[key] ?? missing, { kind: kindOf(key), q, df }, populationTotal),
  );
  for (const e of estimates) warnings.push(...estimateWarnings(e));
  return { N: design.N, df, strata: design.summaries, estimates, postStrata: ps ? ps.summaries : null, warnings };
}

/**
 * Estimates per group of strata (e.g. per team), each group as its own population:
 * N = Σ N_h of that group's participating strata, and only that group's observations.
 * Why not a domain of the whole sample: teams are unions of strata, so a team's caseload is
 * known exactly and its own stratified design is the natural (and R-checkable) estimator.
 * `groupOf` returns null for strata that belong to no group; those are skipped. Groups come
 * in order of first appearance in `strata`.
 */
export function estimateByGroup(
  strata: readonly StratumInfo[],
  obs: readonly Observation[],
  keys: readonly string[],
  groupOf: (stratum: string) => string | null,
  opts: Pick<EstimateOptions, 'confidence' | 'intervalKind'> = {},
): GroupResult[] {
  buildDesign(strata, obs); // validates strata and observations as estimateMeans would
  const members = new Map<string, StratumInfo[]>();
  const groupOfStratum = new Map<string, string | null>();
  for (const s of strata) {
    const g = groupOf(s.stratum);
    groupOfStratum.set(s.stratum, g);
    if (g === null) continue;
    const list = members.get(g);
    if (list) list.push(s);
    else members.set(g, [s]);
  }
  return [...members].map(([group, groupStrata]) => ({
    group,
    result: estimateMeans(
      groupStrata,
      obs.filter((o) => groupOfStratum.get(o.stratum) === group),
      keys,
      opts,
    ),
  }));
}
