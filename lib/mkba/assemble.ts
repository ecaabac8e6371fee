/**
 * From what a study has stored to the engine's inputs: stored kengetallen win, then defaults
 * (report, tool, study, catalogue, profile), else the value stays missing for calculateMkba to
 * report. Every resolved value keeps its source, so the page and the uitvoerscherm can show it.
 */
import type { StudyLists } from '../codebook/types';
import {
  DOMAIN_MAPS,
  FIXED_DEFAULTS,
  mapKey,
  PROFILE_KEY,
  SCALAR_KENGETALLEN,
  SPLIT_DEFAULTS,
  splitKey,
  type PartySplitSetting,
} from './kengetallen';
import { LINE_QUANTITY, QUANTITY_KINDS } from './quantities';
import { escalationPartySplit, meanEscalationCost, REPORT_PROFILE, type ProfileRow } from './profile';
import { LINE_CODES, type LineCode, type PartyShares, type Quantities, type UnitValues } from './types';
import { effectiveQuantities } from './validate';

export interface StoredKengetal {
  value: unknown;
  updatedBy: string;
  updatedAt: number;
  revision: number;
  note?: string | null;
}

export type KengetalSourceKind =
  'invoer' | 'rapport' | 'standaard' | 'onderzoek' | 'catalogus' | 'afgeleid' | 'ontbreekt';

export interface ResolvedKengetal {
  key: string;
  value: unknown;
  source: KengetalSourceKind;
  /** For defaults: where the value comes from; for entries: the note typed with it. */
  note?: string;
  updatedBy?: string;
  updatedAt?: number;
  /** 0 = nothing stored (a default or missing). */
  revision: number;
}

export interface StudyFacts {
  households: number | null;
}

/** Resolves every key to its stored value, else its default with the default's source, else missing. */
export function resolveKengetallen(stored: ReadonlyMap<string, StoredKengetal>, lists: StudyLists, study: StudyFacts) {
  const out = new Map<string, ResolvedKengetal>();
  const put = (key: string, fallback: Omit<ResolvedKengetal, 'key' | 'revision'> | null) => {
    const s = stored.get(key);
    if (s)
      out.set(key, {
        key,
        value: s.value,
        source: 'invoer',
        note: s.note ?? undefined,
        updatedBy: s.updatedBy,
        updatedAt: s.updatedAt,
        revision: s.revision,
      });
    else out.set(key, { key, revision: 0, ...(fallback ?? { value: undefined, source: 'ontbreekt' }) });
  };
  for (const k of SCALAR_KENGETALLEN) {
    if (k.key === 'households') {
      put(
        k.key,
        study.households == null
          ? null
          : { value: study.households, source: 'onderzoek', note: 'Caseload uit de onderzoeksgegevens' },
      );
    } else {
      const d = FIXED_DEFAULTS[k.key];
      put(k.key, d ? { value: d.value, source: d.source, note: d.note } : null);
    }
  }
  put(PROFILE_KEY, { value: REPORT_PROFILE, source: 'rapport', note: 'Rapport tabel 5' });
  const profile = out.get(PROFILE_KEY)!.value as ProfileRow[];
  for (const line of LINE_CODES) {
    const d = SPLIT_DEFAULTS[line];
    put(splitKey(line), { value: d.value, source: d.source, note: d.note });
  }
  for (const m of DOMAIN_MAPS) for (const d of lists.lifeDomains) put(mapKey(m.map, d.code), null);
  const escalationDefault = Math.round(meanEscalationCost(profile));
  for (const e of lists.escalationTypes) {
    put(mapKey('escalationCost', e.code), {
      value: escalationDefault,
      source: 'afgeleid',
      note: 'Gemiddelde stap naar een zwaarder zorgconsumptieprofiel',
    });
    put(mapKey('nuisanceValue', e.code), null);
  }
  return out;
}

const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);

/** Shares of a line whose split follows the payers: each trajectory type's amount goes to its payer. */
function payerSplit(line: LineCode, q: Quantities, lists: StudyLists, prices: Record<string, number>): PartyShares {
  const prefix = LINE_QUANTITY[line]!.prefix;
  const values = effectiveQuantities(q);
  const perParty: Record<string, number> = {};
  for (const t of lists.trajectoryTypes) {
    const amount = (values[prefix + t.code] ?? 0) * (prices[t.code] ?? 0);
    if (amount > 0) perParty[t.payer] = (perParty[t.payer] ?? 0) + amount;
  }
  const total = Object.values(perParty).reduce((a, b) => a + b, 0);
  return total > 0 ? Object.fromEntries(Object.entries(perParty).map(([p, x]) => [p, x / total])) : { gemeente: 1 };
}

/** The engine's UnitValues from resolved kengetallen; missing values stay absent (reported later). */
export function toUnitValues(
  resolved: ReadonlyMap<string, ResolvedKengetal>,
  lists: StudyLists,
  q: Quantities,
): UnitValues {
  const val = (key: string) => resolved.get(key)?.value;
  const prices = Object.fromEntries(lists.trajectoryTypes.map((t) => [t.code, t.price]));
  const codeMap = (map: string, codes: readonly { code: string }[]) =>
    Object.fromEntries(
      codes.flatMap((c) => {
        const x = num(val(mapKey(map, c.code)));
        return x === undefined ? [] : [[c.code, x]];
      }),
    );
  const profile = val(PROFILE_KEY) as ProfileRow[];
  const partySplit: UnitValues['partySplit'] = {};
  const inputSplit: NonNullable<UnitValues['inputSplit']> = {};
  for (const line of LINE_CODES) {
    const s = val(splitKey(line)) as PartySplitSetting | undefined;
    if (s === 'betaler') {
      // Per input its payer (linear in the means); the proportional split serves an overridden line.
      partySplit[line] = payerSplit(line, q, lists, prices);
      const prefix = LINE_QUANTITY[line]!.prefix;
      inputSplit[line] = Object.fromEntries(lists.trajectoryTypes.map((t) => [prefix + t.code, { [t.payer]: 1 }]));
    } else if (s === 'profiel') partySplit[line] = escalationPartySplit(profile);
    else if (s) partySplit[line] = s;
  }
  return {
    fteNew: num(val('fteNew'))!,
    extraCostPct: num(val('extraCostPct'))!,
    costPerFte: num(val('costPerFte'))!,
    households: num(val('households'))!,
    qalyValue: num(val('qalyValue'))!,
    horizonYears: num(val('horizonYears'))!,
    discountRate: num(val('discountRate'))!,
    prices,
    partySplit,
    inputSplit,
    escalationCost: codeMap('escalationCost', lists.escalationTypes),
    nuisanceValue: codeMap('nuisanceValue', lists.escalationTypes),
    financialValue: codeMap('financialValue', lists.lifeDomains),
    qaly: codeMap('qaly', lists.lifeDomains),
    childValue: codeMap('childValue', lists.lifeDomains),
  };
}

/** The MKBA quantities: the measured per-household means of the prefixes the formulas use. */
export function quantitiesFromEstimates(
  inputs: readonly { key: string; mean: number | null }[],
): Record<string, number> {
  return Object.fromEntries(
    inputs
      .filter((i) => i.mean !== null && QUANTITY_KINDS.some((k) => i.key.startsWith(k.prefix)))
      .map((i) => [i.key, i.mean!]),
  );
}
