/**
 * Plain-data types of the estimation module (domain.md §6). Framework-free: no React, next or db.
 */

/** One stratum (teamlid = caseworker) of the frame: N_h = number of frame cases. */
export interface StratumInfo {
  stratum: string;
  N: number;
}

/**
 * One completed, usable sampled case.
 * `values` holds one number per variable key (0/1 for shares). A missing key, `null` or a
 * non-finite number means "not in the domain / not answered" for that variable: the estimate
 * is then a domain estimate (R: `svymean(..., na.rm = TRUE)`), not a mean over fewer strata.
 * `categories` holds categorical variables, e.g. `{ huishoudtype: 'gezin' }`, used for
 * post-stratification.
 */
export interface Observation {
  stratum: string;
  values: Readonly<Record<string, number | null | undefined>>;
  categories?: Readonly<Record<string, string | null | undefined>>;
}

/**
 * Machine-readable flags on an estimate; {@link FLAG_TEXT} has the Dutch text.
 * - `few-cases`: fewer than {@link FEW_CASES} cases have a value for this variable.
 * - `lonely-stratum`: a stratum with n_h = 1 (and N_h > 1) contributes to the mean but not to
 *   the variance, so the SE is somewhat too small.
 * - `no-variance`: no stratum carries variance information (every contributing stratum has
 *   n_h = 1); `se` and the interval are null.
 * - `no-data`: no case has a value; mean, se and interval are null.
 */
export type EstimateFlag = 'few-cases' | 'lonely-stratum' | 'no-variance' | 'no-data';

/** Below this number of cases an estimate (or a post-stratum class) is flagged. */
export const FEW_CASES = 5;

/** Dutch explanation per flag, for the uitvoerscherm. */
export const FLAG_TEXT: Readonly<Record<EstimateFlag, string>> = {
  'few-cases': `minder dan ${FEW_CASES} dossiers: schatting is onzeker`,
  'lonely-stratum':
    'een teamlid met maar één bruikbaar dossier telt mee in het gemiddelde, maar niet in de standaardfout',
  'no-variance': 'geen variantieschatting mogelijk: elk meetellend teamlid heeft maar één bruikbaar dossier',
  'no-data': 'geen dossiers met een waarde',
};

/**
 * How an interval respects the range of its input (domain.md §6): `logit` for shares (R
 * `svyciprop(method = "logit")`), `log` for non-negative means (ȳ · exp(± t · se / ȳ)), `t`
 * for signed quantities (ȳ ± t · se). The kind follows the input, not the values one sample holds.
 */
export type IntervalKind = 'logit' | 'log' | 't';

/** A weighted mean per household with its standard error and confidence interval. */
export interface Estimate {
  key: string;
  /** Weighted mean; null only when no case has a value (`no-data`). */
  mean: number | null;
  se: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Number of cases with a value for this variable. */
  n: number;
  /** Degrees of freedom of the t quantile: completed cases minus strata (R's degf). */
  df: number;
  interval: IntervalKind;
  /** mean × populationTotal (caseload households), when a population total was given. */
  total?: number | null;
  totalSe?: number | null;
  totalCiLow?: number | null;
  totalCiHigh?: number | null;
  flags: EstimateFlag[];
}

/** Per-stratum summary of the design. `weight` is null for strata without observations. */
export interface StratumSummary {
  stratum: string;
  N: number;
  n: number;
  weight: number | null;
}

/** Population shares per class of one categorical variable (e.g. huishoudtype). */
export interface PostStratification {
  /** Key in {@link Observation.categories}, e.g. 'huishoudtype'. */
  variable: string;
  /** Caseload share (or count; only proportions matter) per class, e.g. `{ gezin: 0.45, ... }`. */
  shares: Readonly<Record<string, number>>;
}

/** Per post-stratum class: what the sample estimated, what the population says, the g-weight. */
export interface PostStratumSummary {
  category: string;
  n: number;
  /** Design-weighted share in the sample. */
  sampleShare: number;
  /** Normalised population share. */
  populationShare: number;
  /** populationShare / sampleShare: factor applied to the design weights of this class. */
  g: number;
}

export interface EstimateOptions {
  /** Confidence level of the interval; default 0.95 (quantile qt(0.975, df)). */
  confidence?: number;
  /** Interval kind per variable key; default `t` (symmetric). */
  intervalKind?: (key: string) => IntervalKind;
  /** Caseload households; adds `total` = mean × populationTotal to each estimate. */
  populationTotal?: number;
  /** Optional post-stratification to population shares (domain.md §6). */
  postStratify?: PostStratification;
}

export interface EstimationResult {
  /** Σ N_h over participating strata (strata with at least one observation). */
  N: number;
  /** Design degrees of freedom: completed cases minus strata with cases (R's degf). */
  df: number;
  strata: StratumSummary[];
  estimates: Estimate[];
  /** Null when no post-stratification was asked for or when it was not possible (see warnings). */
  postStrata: PostStratumSummary[] | null;
  /** Dutch messages for the user. */
  warnings: string[];
}

export interface GroupResult {
  group: string;
  result: EstimationResult;
}
