/**
 * The MKBA totals as linear forms in the per-household means (domain.md §7): every total is
 * c + Σ_k a_k ȳ_k with a_k = H × unit value × party share. Built from the calculation's own
 * line inputs, in this one place, so the totals per party of the uitvoerscherm and the
 * design-based SEs (z_i = Σ_k a_k y_ik) use the same coefficients and cannot diverge.
 * Fixed parts: kengetal-only lines (K1, K2, B1a), overridden quantities and overridden lines
 * (a line overridden as a total is a constant); they carry no sampling error.
 */
import {
  BENEFIT_CODES,
  COST_CODES,
  IMMATERIAL_CODES,
  type LineCode,
  type LineInput,
  type MkbaLine,
  type PartyShares,
  type UnitValues,
} from './types';

/** value = constant + Σ_key coef[key] × mean[key]; `value` is the calculation's amount. */
export interface LinearForm {
  constant: number;
  coef: Record<string, number>;
  value: number;
}

export interface LinearForms {
  costs: LinearForm;
  benefits: LinearForm;
  immaterial: LinearForm;
  parties: { party: string; costs: LinearForm; benefits: LinearForm }[];
}

const empty = (): LinearForm => ({ constant: 0, coef: {}, value: 0 });

/** The split of one input of a line: its own (payer) split unless the line is overridden. */
function sharesOf(line: MkbaLine, input: LineInput | null, v: UnitValues): PartyShares {
  const own = !line.overridden && input?.key ? v.inputSplit?.[line.code]?.[input.key] : undefined;
  return own ?? v.partySplit[line.code] ?? {};
}

/** Adds `share` × one line to a form: its varying inputs as coefficients, the rest as constant. */
function addLine(form: LinearForm, line: MkbaLine, v: UnitValues, shareOf: (input: LineInput | null) => number): void {
  if (line.overridden) {
    const x = line.amount * shareOf(null);
    form.constant += x;
    form.value += x;
    return;
  }
  for (const input of line.inputs) {
    const share = shareOf(input);
    if (share === 0) continue;
    const x = input.amount * share;
    form.value += x;
    if (input.key && !input.overridden)
      form.coef[input.key] = (form.coef[input.key] ?? 0) + v.households * input.price * share;
    else form.constant += x;
  }
}

/** Parties in order of first appearance in the splits (calculate sorts them). */
function partiesOf(v: UnitValues): Set<string> {
  const codes = new Set<string>();
  for (const split of Object.values(v.partySplit)) for (const p of Object.keys(split ?? {})) codes.add(p);
  for (const byKey of Object.values(v.inputSplit ?? {}))
    for (const split of Object.values(byKey ?? {})) for (const p of Object.keys(split)) codes.add(p);
  return codes;
}

/** The linear forms of the totals, the immaterial benefits and every party's costs and benefits. */
export function linearForms(
  lines: readonly MkbaLine[],
  v: UnitValues,
  parties: readonly string[] = [...partiesOf(v)],
): LinearForms {
  const byCode = new Map(lines.map((l) => [l.code, l]));
  const sum = (codes: readonly LineCode[], shareOf: (line: MkbaLine, input: LineInput | null) => number) => {
    const form = empty();
    for (const c of codes) addLine(form, byCode.get(c)!, v, (input) => shareOf(byCode.get(c)!, input));
    return form;
  };
  const all = () => 1;
  return {
    costs: sum(COST_CODES, all),
    benefits: sum(BENEFIT_CODES, all),
    immaterial: sum(IMMATERIAL_CODES, all),
    parties: parties.map((party) => {
      const share = (line: MkbaLine, input: LineInput | null) => sharesOf(line, input, v)[party] ?? 0;
      return { party, costs: sum(COST_CODES, share), benefits: sum(BENEFIT_CODES, share) };
    }),
  };
}

export { partiesOf };
