/**
 * Student t quantile, as R's qt(p, df), for the design-based intervals (domain.md §6: t on the
 * design's degrees of freedom, R's degf). Why our own: the intervals must agree with survey's
 * confint(…, df = degf(design)) to 1e-9 relative, and no dependency is needed for one function.
 * Method: a Cornish–Fisher start, then Newton steps on the t distribution function written
 * with the regularized incomplete beta (continued fraction, modified Lentz); exact closed forms
 * for df = 1 and 2; df = Infinity is the normal quantile.
 */
import { normalQuantile } from './normal-quantile';

/** Stirling series coefficients B_2k / (2k (2k − 1)). */
const STIRLING = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400];

/**
 * log Γ(x) for x > 0: the Stirling series at x ≥ 15 (terms to x^-15, error below 1e-17), and
 * the recurrence Γ(x) = Γ(x + k) / (x (x + 1) … (x + k − 1)) below that. About 1e-15 relative.
 */
export function logGamma(x: number): number {
  let product = 1; // at most 15 factors below 15: stays finite
  while (x < 15) {
    product *= x;
    x += 1;
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  let series = 0;
  for (let k = STIRLING.length - 1; k >= 0; k--) series = series * inv2 + STIRLING[k];
  const value = (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series * inv;
  return value - Math.log(product);
}

/** Continued fraction of the incomplete beta (modified Lentz). */
function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 10_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return h;
}

/** Regularized incomplete beta I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(x, a, b)) / a;
  return 1 - (front * betaFraction(1 - x, b, a)) / b;
}

/** P(T > t) for t ≥ 0 with df degrees of freedom. */
function upperTail(t: number, df: number): number {
  return 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
}

/** Density of t with df degrees of freedom. */
function density(t: number, df: number): number {
  const logC = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logC - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/** Quantile of Student's t with `df` > 0 degrees of freedom (Infinity: the normal quantile). */
export function tQuantile(p: number, df: number): number {
  if (!(df > 0)) return NaN;
  if (df === Infinity) return normalQuantile(p);
  if (!(p > 0 && p < 1)) return p === 0 ? -Infinity : p === 1 ? Infinity : NaN;
  if (p === 0.5) return 0;
  if (p < 0.5) return -tQuantile(1 - p, df);
  if (df === 1) return Math.tan(Math.PI * (p - 0.5));
  if (df === 2) return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
  const z = normalQuantile(p);
  const z2 = z * z;
  let t = z + (z * (z2 + 1)) / (4 * df) + (z * ((5 * z2 + 16) * z2 + 3)) / (96 * df * df);
  if (!(t > 0) || !Number.isFinite(t)) t = z;
  const tail = 1 - p;
  for (let i = 0; i < 50; i++) {
    const step = (upperTail(t, df) - tail) / density(t, df);
    let next = t + step;
    if (next <= 0) next = t / 2;
    if (Math.abs(next - t) <= 1e-15 * Math.abs(next)) return next;
    t = next;
  }
  return t;
}
