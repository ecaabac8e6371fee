/**
 * The MKBA calculation of the uitvoerscherm, exactly the formulas of domain.md §7. Pure: the
 * same quantities and kengetallen always give the same result, so scenarios, the tornado and the
 * Monte Carlo interval are just repeated calls.
 */
import { PARTIES } from '../codebook/defaults';
import {
  BENEFIT_CODES,
  COST_CODES,
  IMMATERIAL_CODES,
  LINE_LABELS,
  type LabelLists,
  type LineCode,
  type LineInput,
  type MkbaLine,
  type MkbaResult,
  type PartyResult,
  type Quantities,
  type UnitValues,
} from './types';
import { effectiveQuantities, labelOf, missingUnitValues, MissingUnitValuesError, usedCodes } from './validate';
import { linearForms, partiesOf } from './linear-forms';

type Draft = { formula: string; inputs: LineInput[] };

/** Throws MissingUnitValuesError (with the Dutch list) when a kengetal is missing. */
export function calculateMkba(q: Quantities, v: UnitValues, lists?: LabelLists): MkbaResult {
  const missing = missingUnitValues(v, q, lists);
  if (missing.length > 0) throw new MissingUnitValuesError(missing);

  const values = effectiveQuantities(q);
  const overriddenKeys = new Set(Object.keys(q.overrides ?? {}));
  const H = v.households;
  const fteZero = v.fteNew * (1 - v.extraCostPct);

  /** H × Σ_code values[prefix+code] × unit(code): the shape of K3, B1b, B1c, B2, B3, B4. */
  const perHousehold = (
    prefix: string,
    list: keyof LabelLists,
    unit: (code: string) => number | undefined,
  ): LineInput[] =>
    usedCodes(values, prefix).flatMap((code) => {
      const price = unit(code);
      // Undefined only where validation allows it: a domain without a B4a value, or an overridden line.
      if (price === undefined) return [];
      const key = prefix + code;
      const quantity = H * values[key];
      return [
        {
          key,
          label: labelOf(lists, list, code),
          quantity,
          price,
          amount: quantity * price,
          overridden: overriddenKeys.has(key),
        },
      ];
    });

  const drafts: Record<Exclude<LineCode, 'B1a'>, Draft> = {
    K1: {
      formula: 'fte_nul × kosten_per_fte, met fte_nul = fte_nieuw × (1 − meerkosten_pct)',
      inputs: [{ label: 'fte in 0-situatie', quantity: fteZero, price: v.costPerFte, amount: fteZero * v.costPerFte }],
    },
    K2: {
      formula: '(fte_nieuw − fte_nul) × kosten_per_fte',
      inputs: [
        {
          label: 'extra fte nieuwe werkwijze',
          quantity: v.fteNew - fteZero,
          price: v.costPerFte,
          amount: (v.fteNew - fteZero) * v.costPerFte,
        },
      ],
    },
    K3: {
      formula: 'H × Σ_type prof_extra_per_hh[type] × prijs[type]',
      inputs: perHousehold('prof_extra.', 'trajectoryTypes', (c) => v.prices[c]),
    },
    B1b: {
      formula: 'H × Σ_type meer_op_maat_per_hh[type] × prijs[type]',
      inputs: perHousehold('meer_op_maat.', 'trajectoryTypes', (c) => v.prices[c]),
    },
    B1c: {
      formula: 'H × Σ_type substitutie_per_hh[vervangt_type] × prijs[vervangt_type]',
      inputs: perHousehold('substitutie.', 'trajectoryTypes', (c) => v.prices[c]),
    },
    B2: {
      formula: 'H × Σ_domein netto_verbetering[d] × financiële_waarde[d]',
      inputs: perHousehold('net_improved.', 'lifeDomains', (c) => v.financialValue[c]),
    },
    B3: {
      formula: 'H × Σ_escalatie voorkomen_per_hh[e] × kosten_escalatie[e]',
      inputs: perHousehold('prevented.', 'escalationTypes', (c) => v.escalationCost[c]),
    },
    B4a: {
      formula: 'H × Σ_domein netto_verbetering[d] × waarde_ontwikkelingskansen[d]',
      inputs: perHousehold('net_improved.', 'lifeDomains', (c) => v.childValue?.[c]),
    },
    B4b: {
      formula: 'H × Σ_domein netto_verbetering[d] × qaly[d] × qaly_waarde',
      inputs: perHousehold('net_improved.', 'lifeDomains', (c) =>
        v.qaly[c] === undefined ? undefined : v.qaly[c] * v.qalyValue,
      ),
    },
    B4c: {
      formula: 'H × Σ_escalatie voorkomen_per_hh[e] × waarde_overlast[e]',
      inputs: perHousehold('prevented.', 'escalationTypes', (c) => v.nuisanceValue[c]),
    },
  };

  const lines: MkbaLine[] = [];
  const amounts = {} as Record<LineCode, number>;
  const finish = (code: LineCode, d: Draft) => {
    const computed = d.inputs.reduce((s, i) => s + i.amount, 0);
    const override = q.lineOverrides?.[code];
    const amount = override ?? computed;
    amounts[code] = amount;
    const kind = code.startsWith('K') ? 'cost' : 'benefit';
    lines.push({ code, label: LINE_LABELS[code], kind, amount, computed, overridden: override !== undefined, ...d });
  };
  for (const code of COST_CODES) finish(code, drafts[code]);
  // B1a = K1 after any K1 override: the old tasks that are no longer done.
  finish('B1a', {
    formula: 'K1 (oude taken die vervallen)',
    inputs: [{ label: 'K1', quantity: 1, price: amounts.K1, amount: amounts.K1 }],
  });
  for (const code of BENEFIT_CODES) if (code !== 'B1a') finish(code, drafts[code]);

  const costsTotal = COST_CODES.reduce((s, c) => s + amounts[c], 0);
  const benefitsTotal = BENEFIT_CODES.reduce((s, c) => s + amounts[c], 0);
  const immaterial = IMMATERIAL_CODES.reduce((s, c) => s + amounts[c], 0);
  const saldo = benefitsTotal - costsTotal;
  const ratio = (b: number, k: number) => (k === 0 ? null : b / k);

  return {
    lines,
    costs: { K1: amounts.K1, K2: amounts.K2, K3: amounts.K3, total: costsTotal },
    benefits: {
      ...(Object.fromEntries(BENEFIT_CODES.map((c) => [c, amounts[c]])) as MkbaResult['benefits']),
      total: benefitsTotal,
    },
    saldo,
    ratioFinancial: ratio(benefitsTotal - immaterial, costsTotal),
    ratioSocial: ratio(benefitsTotal, costsTotal),
    parties: partyResults(lines, v),
    npv: netPresentValue(saldo, v.horizonYears, v.discountRate),
  };
}

/**
 * Every line's amount split by its shares (a payer-split line per input), through the same
 * linear forms the design-based SEs use; parties in the codebook order, unknown codes after.
 */
function partyResults(lines: readonly MkbaLine[], v: UnitValues): PartyResult[] {
  const order = PARTIES.map((p) => p.code as string);
  const sorted = [...partiesOf(v)].sort((a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b));
  return linearForms(lines, v, sorted).parties.map(({ party, costs: k, benefits: b }) => {
    const costs = k.value;
    const benefits = b.value;
    return { party, costs, benefits, saldo: benefits - costs, ratio: costs === 0 ? null : benefits / costs };
  });
}

const rank = (order: string[], code: string) => (order.includes(code) ? order.indexOf(code) : order.length);

/**
 * NCW of a constant yearly saldo: year 1 undiscounted, year t discounted by (1 + r)^(t − 1), so
 * the default one-year horizon gives NCW = saldo. A fractional horizon counts its last part pro rata.
 */
export function netPresentValue(yearly: number, years: number, rate: number): number {
  let npv = 0;
  for (let t = 0; t < Math.ceil(years); t++) npv += (Math.min(1, years - t) * yearly) / (1 + rate) ** t;
  return npv;
}
