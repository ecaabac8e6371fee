/**
 * Confidence intervals that respect the range of what they estimate (domain.md §6), on t with
 * the design's degrees of freedom. Why three kinds: a share cannot leave [0, 1] and a count per
 * household cannot go below 0, so a symmetric normal interval ("−0,01" for a share) is wrong
 * exactly where samples are small.
 */
import { tQuantile } from './t-quantile';
import type { IntervalKind } from './types';

/** Design degrees of freedom, R's degf for ids = ~1: completed cases minus strata with cases. */
export const designDf = (cases: number, strata: number) => cases - strata;

/** The two-sided quantile qt(1 − (1 − level)/2, df); NaN when df < 1 (no interval possible). */
export function intervalQuantile(level: number, df: number): number {
  if (!(level > 0 && level < 1)) throw new Error(`Betrouwbaarheid moet tussen 0 en 1 liggen (gekregen: ${level}).`);
  return df >= 1 ? tQuantile(1 - (1 - level) / 2, df) : NaN;
}

const logit = (p: number) => Math.log(p / (1 - p));
const expit = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * The interval of an estimate with standard error `se`, given the quantile `q`:
 * - `t`: estimate ± q · se;
 * - `log`: estimate · exp(± q · se / estimate), the log-scale interval of a positive mean; a
 *   mean of exactly 0 (every value 0) gives [0, 0];
 * - `logit`: expit(logit(p) ± q · se / (p (1 − p))), which is R's svyciprop(method = "logit")
 *   (a Wald interval of the intercept of the quasibinomial svyglm, whose SE is exactly this
 *   delta-method SE); p = 0 or 1 gives [p, p].
 * Returns null when q is not finite (df < 1).
 */
export function confidenceInterval(
  kind: IntervalKind,
  estimate: number,
  se: number,
  q: number,
): { low: number; high: number } | null {
  if (!Number.isFinite(q)) return null;
  if (kind === 'log' && estimate > 0) {
    const f = Math.exp((q * se) / estimate);
    return { low: estimate / f, high: estimate * f };
  }
  if (kind === 'log' && estimate === 0) return { low: 0, high: 0 };
  if (kind === 'logit' && estimate > 0 && estimate < 1) {
    const centre = logit(estimate);
    const half = (q * se) / (estimate * (1 - estimate));
    return { low: expit(centre - half), high: expit(centre + half) };
  }
  if (kind === 'logit' && (estimate === 0 || estimate === 1)) return { low: estimate, high: estimate };
  return { low: estimate - q * se, high: estimate + q * se };
}
