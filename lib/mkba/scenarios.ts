/**
 * Sensitivity (domain.md §7): the report's named scenarios as data, and a tornado of each input
 * between its CI bounds. A scenario only overrides inputs, so it runs through the same
 * calculateMkba and its changed inputs show up as overridden in the drill-down.
 */
import { calculateMkba } from './calculate';
import type { LabelLists, Quantities, UnitValues } from './types';
import { effectiveQuantities } from './validate';

/** A change to the per-household quantities whose key starts with `prefix`. */
export type QuantityChange =
  /** Multiply each matching quantity by `factor`. */
  | { op: 'scale'; prefix: string; factor: number }
  /** Rescale the matching quantities proportionally so that they sum to `total`. */
  | { op: 'scaleToTotal'; prefix: string; total: number }
  /** Set one quantity to a value (custom scenarios). */
  | { op: 'set'; key: string; value: number };

export interface Scenario {
  id: string;
  label: string;
  description: string;
  unitValues?: Partial<UnitValues>;
  quantities?: QuantityChange[];
}

const PREFIX_NAMES: Record<string, string> = {
  'prevented.': 'voorkomen escalatie',
  'substitutie.': 'substitutie',
  'prof_extra.': 'extra trajecten',
};

export const REPORT_SCENARIOS: readonly Scenario[] = [
  {
    id: 'meerkosten_30',
    label: 'Meerkosten 30%',
    description: 'fte_nul = fte_nieuw × 0,7 in plaats van × 0,8.',
    unitValues: { extraCostPct: 0.3 },
  },
  {
    id: 'fte_40',
    label: '40 fte in plaats van 50',
    description: 'fte_nieuw = 40; het meerkostenpercentage blijft gelijk.',
    unitValues: { fteNew: 40 },
  },
  {
    id: 'halve_extra_zorg',
    label: 'Helft extra trajecten',
    description: 'Alle prof_extra-hoeveelheden × 0,5 (K3 halveert).',
    quantities: [{ op: 'scale', prefix: 'prof_extra.', factor: 0.5 }],
  },
  {
    id: 'escalatie_0',
    label: '0% voorkomen escalatie',
    description: 'Geen voorkomen escalaties: B3 en B4c worden 0.',
    quantities: [{ op: 'scale', prefix: 'prevented.', factor: 0 }],
  },
  {
    id: 'escalatie_2',
    label: '2% voorkomen escalatie',
    description: 'Voorkomen escalaties per huishouden samen 0,02, verdeeld naar de gemeten verhouding.',
    quantities: [{ op: 'scaleToTotal', prefix: 'prevented.', total: 0.02 }],
  },
  {
    id: 'substitutie_30',
    label: 'Substitutie 30% in plaats van 10%',
    description: 'Alle substitutie-hoeveelheden × 3.',
    quantities: [{ op: 'scale', prefix: 'substitutie.', factor: 3 }],
  },
  {
    // The report's "gecombineerde potentie": the two upside levers together; the cost
    // assumptions (meerkosten, fte, extra trajecten) stay as in the base case.
    id: 'gecombineerd',
    label: 'Gecombineerde potentie',
    description: 'Substitutie × 3 én voorkomen escalaties samen 0,02 per huishouden; kosten als basis.',
    quantities: [
      { op: 'scale', prefix: 'substitutie.', factor: 3 },
      { op: 'scaleToTotal', prefix: 'prevented.', total: 0.02 },
    ],
  },
];

/** The inputs of a scenario: its unit values merged in, its quantity changes as overrides. */
export function applyScenario(q: Quantities, v: UnitValues, s: Scenario): { q: Quantities; v: UnitValues } {
  const values = effectiveQuantities(q);
  const overrides = { ...(q.overrides ?? {}) };
  for (const c of s.quantities ?? []) {
    if (c.op === 'set') {
      values[c.key] = c.value;
      overrides[c.key] = c.value;
      continue;
    }
    const keys = Object.keys(values).filter((k) => k.startsWith(c.prefix));
    let factor = c.op === 'scale' ? c.factor : 0;
    if (c.op === 'scaleToTotal') {
      const sum = keys.reduce((acc, k) => acc + values[k], 0);
      if (sum === 0 && c.total !== 0) {
        throw new Error(
          `Niet te berekenen: nog geen gemeten hoeveelheden ${PREFIX_NAMES[c.prefix] ?? c.prefix} om naar samen ${String(c.total).replace('.', ',')} per huishouden te schalen.`,
        );
      }
      factor = sum === 0 ? 0 : c.total / sum;
    }
    for (const k of keys) {
      values[k] *= factor;
      overrides[k] = values[k];
    }
  }
  return { q: { ...q, overrides }, v: { ...v, ...(s.unitValues ?? {}) } };
}

export interface ScenarioRow {
  id: string;
  label: string;
  costs: number;
  benefits: number;
  saldo: number;
  ratioFinancial: number | null;
  ratioSocial: number | null;
  /** Saldo minus the base saldo. */
  deltaSaldo: number;
  /** Why the scenario cannot run for this study (then the figures are NaN). */
  error?: string;
}

/** The base case first ('basis'), then one row per scenario. */
export function runScenarios(
  q: Quantities,
  v: UnitValues,
  scenarios: readonly Scenario[] = REPORT_SCENARIOS,
  lists?: LabelLists,
): ScenarioRow[] {
  const base = calculateMkba(q, v, lists);
  const row = (id: string, label: string, r: typeof base): ScenarioRow => ({
    id,
    label,
    costs: r.costs.total,
    benefits: r.benefits.total,
    saldo: r.saldo,
    ratioFinancial: r.ratioFinancial,
    ratioSocial: r.ratioSocial,
    deltaSaldo: r.saldo - base.saldo,
  });
  return [
    row('basis', 'Basis', base),
    ...scenarios.map((s) => {
      try {
        const a = applyScenario(q, v, s);
        return row(s.id, s.label, calculateMkba(a.q, a.v, lists));
      } catch (e) {
        const error = e instanceof Error ? e.message : String(e);
        return {
          id: s.id,
          label: s.label,
          costs: NaN,
          benefits: NaN,
          saldo: NaN,
          ratioFinancial: null,
          ratioSocial: null,
          deltaSaldo: NaN,
          error,
        };
      }
    }),
  ];
}

export interface TornadoRow {
  key: string;
  /** Saldo with the input at its CI low and high bound. */
  saldoLow: number;
  saldoHigh: number;
  /** |saldoHigh − saldoLow|: the bar length, rows sorted on it. */
  range: number;
}

/**
 * Per input, the saldo with that input alone at its CI bounds (all others at their estimate).
 * Bounds come from the estimate step (e.g. `{ low, high }` of the 95% CI per input key).
 */
export function tornado(
  q: Quantities,
  v: UnitValues,
  ciByKey: Record<string, { low: number; high: number }>,
  lists?: LabelLists,
): TornadoRow[] {
  const at = (key: string, x: number) =>
    calculateMkba({ ...q, overrides: { ...(q.overrides ?? {}), [key]: x } }, v, lists).saldo;
  return Object.entries(ciByKey)
    .map(([key, ci]) => {
      const saldoLow = at(key, ci.low);
      const saldoHigh = at(key, ci.high);
      return { key, saldoLow, saldoHigh, range: Math.abs(saldoHigh - saldoLow) };
    })
    .sort((a, b) => b.range - a.range || a.key.localeCompare(b.key));
}
