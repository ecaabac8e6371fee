/**
 * Ranges of kengetallen for the probabilistic sensitivity analysis: a low and a high value with
 * the source that justifies them. Only numeric kengetallen can have one (the scalars and the
 * values per life domain and escalation); the range is stored in the kengetal's own unit.
 */
import { z } from 'zod';
import type { StudyLists } from '../codebook/types';
import {
  DOMAIN_MAPS,
  ESCALATION_MAPS,
  kengetalLabel,
  mapKey,
  SCALAR_KENGETALLEN,
  type KengetalUnit,
} from './kengetallen';
import { parseKengetal } from './kengetal-schema';
import type { UnitValues } from './types';

export interface KengetalRange {
  key: string;
  low: number;
  high: number;
  source: string;
  /** Dutch name, for messages. */
  label?: string;
}

/** The keys that can carry a range, with label and unit, in page order. */
export function rangeableKengetallen(lists: StudyLists): { key: string; label: string; unit: KengetalUnit }[] {
  return [
    ...SCALAR_KENGETALLEN.filter((k) => k.key !== 'horizonYears').map((k) => ({
      key: k.key,
      label: k.label,
      unit: k.unit,
    })),
    ...DOMAIN_MAPS.flatMap((m) =>
      lists.lifeDomains.map((d) => ({
        key: mapKey(m.map, d.code),
        label: kengetalLabel(mapKey(m.map, d.code), lists),
        unit: m.unit,
      })),
    ),
    ...ESCALATION_MAPS.flatMap((m) =>
      lists.escalationTypes.map((e) => ({
        key: mapKey(m.map, e.code),
        label: kengetalLabel(mapKey(m.map, e.code), lists),
        unit: m.unit,
      })),
    ),
  ];
}

type NumericMap = 'escalationCost' | 'nuisanceValue' | 'financialValue' | 'qaly' | 'childValue';
const MAPS = new Set<string>(['escalationCost', 'nuisanceValue', 'financialValue', 'qaly', 'childValue']);
const SCALARS = new Set<string>(SCALAR_KENGETALLEN.map((k) => k.key));

/** The engine's value of a kengetal key, or undefined. */
export function kengetalValue(v: UnitValues, key: string): number | undefined {
  const [head, code] = key.split('.');
  if (code !== undefined && MAPS.has(head)) return v[head as NumericMap]?.[code];
  if (code === undefined && SCALARS.has(head)) return (v as unknown as Record<string, number>)[head];
  return undefined;
}

/** A copy of `v` with one kengetal set (unknown keys throw: a range must change something). */
export function withKengetal(v: UnitValues, key: string, x: number): UnitValues {
  const [head, code] = key.split('.');
  if (code !== undefined && MAPS.has(head)) return { ...v, [head]: { ...v[head as NumericMap], [code]: x } };
  if (code === undefined && SCALARS.has(head)) return { ...v, [head]: x };
  throw new Error(`Onbekend kengetal "${key}".`);
}

const text = z.string().trim();

/** What the range form sends: numbers as Dutch text in the unit as typed (percent for pct). */
export const kengetalRangeFormSchema = z.object({
  key: text.min(1, 'Kies een kengetal.'),
  low: text.min(1, 'Vul een ondergrens in.'),
  high: text.min(1, 'Vul een bovengrens in.'),
  source: text
    .min(3, 'Geef de bron van de bandbreedte (minstens 3 tekens).')
    .max(300, 'De bron mag hoogstens 300 tekens zijn.'),
});
export type KengetalRangeForm = z.input<typeof kengetalRangeFormSchema>;

export type ParsedRange = { ok: true; value: KengetalRange } | { ok: false; fieldErrors: Record<string, string[]> };

/** Parses and checks a submitted range: a known key, two valid values of it, low < high. */
export function parseKengetalRange(raw: unknown, lists: StudyLists): ParsedRange {
  const r = kengetalRangeFormSchema.safeParse(raw);
  if (!r.success) return { ok: false, fieldErrors: z.flattenError(r.error).fieldErrors as Record<string, string[]> };
  const k = rangeableKengetallen(lists).find((x) => x.key === r.data.key);
  if (!k) return { ok: false, fieldErrors: { key: ['Voor dit kengetal kan geen bandbreedte worden ingevuld.'] } };
  const fieldErrors: Record<string, string[]> = {};
  // Each bound must itself be a valid value of the kengetal (same unit, same limits).
  const num = (field: 'low' | 'high') => {
    const p = parseKengetal(k.key, r.data[field], lists);
    if (!p.ok) fieldErrors[field] = [`${field === 'low' ? 'Ondergrens' : 'Bovengrens'}: ${p.message}`];
    return p.ok ? (p.value as number) : NaN;
  };
  const low = num('low');
  const high = num('high');
  if (!fieldErrors.low && !fieldErrors.high && !(low < high))
    fieldErrors.high = ['De bovengrens moet groter zijn dan de ondergrens.'];
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, value: { key: k.key, low, high, source: r.data.source, label: k.label } };
}
