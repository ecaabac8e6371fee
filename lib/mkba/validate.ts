/**
 * Missing kengetallen (domain.md §7): a value the calculation needs but does not have is an
 * error listed in Dutch, never a silent zero. Only values that a nonzero quantity actually
 * uses are required, so a study need not price trajectory types nobody received.
 */
import {
  CHILD_DEVELOPMENT_DOMAINS,
  LINE_CODES,
  LINE_LABELS,
  type LabelLists,
  type LineCode,
  type Quantities,
  type UnitValues,
} from './types';

/** The value used for every input key: the override when present, else the mean. */
export function effectiveQuantities(q: Quantities): Record<string, number> {
  return { ...q.means, ...(q.overrides ?? {}) };
}

/** Codes after `prefix` whose effective quantity is nonzero (or not a number, to be reported). */
export function usedCodes(values: Record<string, number>, prefix: string): string[] {
  return Object.keys(values)
    .filter((k) => k.startsWith(prefix) && values[k] !== 0)
    .map((k) => k.slice(prefix.length));
}

/** Dutch label of a list code, falling back to the code itself. */
export function labelOf(lists: LabelLists | undefined, list: keyof LabelLists, code: string): string {
  return lists?.[list]?.find((i) => i.code === code)?.label ?? code;
}

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const nl = (x: number) => String(Math.round(x * 1e6) / 1e6).replace('.', ',');

const SCALARS: { key: keyof UnitValues; label: string; lines: LineCode[] }[] = [
  { key: 'fteNew', label: 'fte nieuwe werkwijze', lines: ['K1', 'K2'] },
  { key: 'extraCostPct', label: 'meerkostenpercentage', lines: ['K1', 'K2'] },
  { key: 'costPerFte', label: 'kosten per fte', lines: ['K1', 'K2'] },
  { key: 'households', label: 'aantal huishoudens in de caseload (H)', lines: [] },
  { key: 'qalyValue', label: 'waarde van een QALY', lines: ['B4b'] },
  { key: 'horizonYears', label: 'tijdshorizon in jaren', lines: [] },
  { key: 'discountRate', label: 'discontovoet', lines: [] },
];

/** Per-code values that a nonzero quantity with the given prefix needs, and for which line. */
const MAPS: {
  prefix: string;
  map: keyof UnitValues;
  line: LineCode;
  list: keyof LabelLists;
  what: string;
  kind: string;
}[] = [
  {
    prefix: 'prof_extra.',
    map: 'prices',
    line: 'K3',
    list: 'trajectoryTypes',
    what: 'Prijs ontbreekt',
    kind: 'trajecttype',
  },
  {
    prefix: 'meer_op_maat.',
    map: 'prices',
    line: 'B1b',
    list: 'trajectoryTypes',
    what: 'Prijs ontbreekt',
    kind: 'trajecttype',
  },
  {
    prefix: 'substitutie.',
    map: 'prices',
    line: 'B1c',
    list: 'trajectoryTypes',
    what: 'Prijs ontbreekt',
    kind: 'trajecttype',
  },
  {
    prefix: 'net_improved.',
    map: 'financialValue',
    line: 'B2',
    list: 'lifeDomains',
    what: 'Financiële waarde ontbreekt',
    kind: 'levensdomein',
  },
  {
    prefix: 'net_improved.',
    map: 'qaly',
    line: 'B4b',
    list: 'lifeDomains',
    what: 'QALY-winst ontbreekt',
    kind: 'levensdomein',
  },
  {
    prefix: 'prevented.',
    map: 'escalationCost',
    line: 'B3',
    list: 'escalationTypes',
    what: 'Kosten per escalatie ontbreken',
    kind: 'escalatietype',
  },
  {
    prefix: 'prevented.',
    map: 'nuisanceValue',
    line: 'B4c',
    list: 'escalationTypes',
    what: 'Waarde overlast en onveiligheid ontbreekt',
    kind: 'escalatietype',
  },
];

/**
 * Everything the calculation would need but lacks, as Dutch sentences; empty when complete.
 * A line with an override needs none of its own kengetallen.
 */
export function missingUnitValues(v: UnitValues, q: Quantities, lists?: LabelLists): string[] {
  const out: string[] = [];
  const over = q.lineOverrides ?? {};
  const overridden = (c: LineCode) => isNum(over[c]);
  const values = effectiveQuantities(q);

  for (const [key, x] of Object.entries(values)) {
    if (!isNum(x)) out.push(`Hoeveelheid ${key} is geen geldig getal`);
  }
  for (const s of SCALARS) {
    if (s.lines.length > 0 && s.lines.every(overridden)) continue;
    if (!isNum(v[s.key])) out.push(`Kengetal ontbreekt: ${s.label}`);
  }
  if (isNum(v.extraCostPct) && (v.extraCostPct < 0 || v.extraCostPct >= 1)) {
    out.push(`Meerkostenpercentage moet tussen 0 en 1 liggen (nu ${nl(v.extraCostPct)})`);
  }
  for (const m of MAPS) {
    if (overridden(m.line)) continue;
    const map = (v[m.map] ?? {}) as Record<string, number>;
    for (const code of usedCodes(values, m.prefix)) {
      if (!isNum(map[code])) {
        out.push(`${m.what} voor ${m.kind} ${labelOf(lists, m.list, code)} (gebruikt in ${m.line})`);
      }
    }
  }
  if (!overridden('B4a')) {
    for (const code of usedCodes(values, 'net_improved.')) {
      const listed = code in (v.childValue ?? {});
      if ((CHILD_DEVELOPMENT_DOMAINS.includes(code) || listed) && !isNum(v.childValue?.[code])) {
        out.push(
          `Waarde ontwikkelingskansen kinderen ontbreekt voor levensdomein ${labelOf(lists, 'lifeDomains', code)} (gebruikt in B4a)`,
        );
      }
    }
  }
  for (const code of LINE_CODES) {
    const split = v.partySplit?.[code];
    const name = `${code} (${LINE_LABELS[code]})`;
    if (!split || Object.keys(split).length === 0) {
      out.push(`Verdeling over partijen ontbreekt voor ${name}`);
      continue;
    }
    const shares = Object.values(split);
    if (!shares.every(isNum) || shares.some((s) => s < 0)) {
      out.push(`Verdeling over partijen voor ${name} bevat een ongeldig aandeel`);
      continue;
    }
    const sum = shares.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > 1e-6)
      out.push(`Verdeling over partijen voor ${name} telt op tot ${nl(sum)} in plaats van 1`);
  }
  return out;
}

/** Thrown by calculateMkba when kengetallen are missing; `missing` holds the Dutch list. */
export class MissingUnitValuesError extends Error {
  constructor(readonly missing: string[]) {
    super(`Ontbrekende kengetallen:\n- ${missing.join('\n- ')}`);
    this.name = 'MissingUnitValuesError';
  }
}
