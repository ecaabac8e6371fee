/**
 * Design-based sampling uncertainty of the MKBA (domain.md §7). Saldo, the totals and every
 * party's saldo are linear in the per-household means, total = c + Σ_k a_k ȳ_k, so their SE is
 * the SE of the stratified mean of z_i = Σ_k a_k y_ik: exact under the design, no draws (R:
 * svymean(~z)). Ratios N / D get the delta method, the SE of the mean of (z_N − R z_D) / D
 * (R: svycontrast). Intervals are symmetric on t with the design's df (R: confint(…, df =
 * degf(design))). Kengetallen and overridden values are fixed: they are not in z.
 */
import { intervalQuantile, type Column, type Linearizer } from '../estimate';
import { linearForms, type LinearForm } from './linear-forms';
import type { MkbaResult, UnitValues } from './types';
import type { PsaResult } from './uncertainty';

export interface DesignStat {
  point: number;
  se: number | null;
  low: number | null;
  high: number | null;
}

export interface DesignUncertainty {
  df: number;
  level: number;
  saldo: DesignStat;
  ratioFinancial: DesignStat | null;
  ratioSocial: DesignStat | null;
  costs: DesignStat;
  benefits: DesignStat;
  parties: { party: string; saldo: DesignStat; ratio: DesignStat | null }[];
  /** Dutch notes, e.g. no variance estimate possible. */
  warnings: string[];
}

/** The uitvoerscherm's uncertainty: the design-based interval and, separately, the PSA. */
export interface MkbaUncertainty {
  design: DesignUncertainty | null;
  psa: PsaResult | null;
  warnings: string[];
}

/** Dutch one-line description of the design-based method, shown beside every table that uses it. */
export const designMethodText = (df: number, level = 0.95) =>
  `${Math.round(level * 100)}%-interval uit het steekproefontwerp: t-verdeling met ${df} vrijheidsgraden (dossiers min teamleden); verhoudingen met de deltamethode`;

type Coef = Record<string, number>;

/** a·x + b·y of two coefficient maps. */
export function combine(x: Coef, a: number, y: Coef, b: number): Coef {
  const out: Coef = {};
  for (const [k, c] of Object.entries(x)) out[k] = a * c;
  for (const [k, c] of Object.entries(y)) out[k] = (out[k] ?? 0) + b * c;
  return out;
}

/** z_i = Σ_k a_k y_ik per case; a key without per-case data is an error (it would be dropped silently). */
export function caseCombination(coef: Coef, columns: Readonly<Record<string, Column>>, n: number): Float64Array {
  const z = new Float64Array(n);
  for (const [key, a] of Object.entries(coef)) {
    if (a === 0) continue;
    const col = columns[key];
    if (!col) throw new Error(`Geen gegevens per dossier voor ${key}.`);
    for (let i = 0; i < n; i++) z[i] += a * col[i];
  }
  for (let i = 0; i < n; i++)
    if (!Number.isFinite(z[i])) throw new Error('Een dossier mist een waarde die de MKBA gebruikt.');
  return z;
}

/**
 * SE and interval of saldo, totals, ratios and every party's saldo and ratio. `lin` and
 * `columns` are the per-case data of the estimates the quantities came from.
 */
export function designUncertainty(
  result: MkbaResult,
  v: UnitValues,
  lin: Linearizer,
  columns: Readonly<Record<string, Column>>,
  level = 0.95,
): DesignUncertainty {
  const forms = linearForms(
    result.lines,
    v,
    result.parties.map((p) => p.party),
  );
  const q = intervalQuantile(level, lin.df);
  const warnings: string[] = [];
  if (!lin.hasVariance)
    warnings.push(
      'Geen variantieschatting mogelijk: geen teamlid heeft twee of meer bruikbare dossiers (of elk teamlid is volledig geteld).',
    );
  const seOf = (coef: Coef) => (lin.hasVariance ? lin.mean(caseCombination(coef, columns, lin.n)).se : null);
  const stat = (point: number, se: number | null): DesignStat => ({
    point,
    se,
    low: se === null || !Number.isFinite(q) ? null : point - q * se,
    high: se === null || !Number.isFinite(q) ? null : point + q * se,
  });
  const linear = (f: LinearForm) => stat(f.value, seOf(f.coef));
  const saldo = (b: LinearForm, k: LinearForm, point: number) => stat(point, seOf(combine(b.coef, 1, k.coef, -1)));
  /** N / D by the delta method: Var(N − R·D) / D². */
  const ratio = (nCoef: Coef, d: LinearForm, point: number | null): DesignStat | null => {
    if (point === null || d.value === 0) return null;
    return stat(point, seOf(combine(nCoef, 1 / d.value, d.coef, -point / d.value)));
  };
  const financial = combine(forms.benefits.coef, 1, forms.immaterial.coef, -1);
  return {
    df: lin.df,
    level,
    saldo: saldo(forms.benefits, forms.costs, result.saldo),
    ratioFinancial: ratio(financial, forms.costs, result.ratioFinancial),
    ratioSocial: ratio(forms.benefits.coef, forms.costs, result.ratioSocial),
    costs: linear(forms.costs),
    benefits: linear(forms.benefits),
    parties: forms.parties.map((p, i) => ({
      party: p.party,
      saldo: saldo(p.benefits, p.costs, result.parties[i].saldo),
      ratio: ratio(p.benefits.coef, p.costs, result.parties[i].ratio),
    })),
    warnings,
  };
}
