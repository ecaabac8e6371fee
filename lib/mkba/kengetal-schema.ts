/**
 * Validation of one submitted kengetal: the form sends Dutch text ("76.302", "20", "0,05"),
 * the server parses it by the key's unit and range. Messages are Dutch and name the field.
 */
import { z } from 'zod';
import type { StudyLists } from '../codebook/types';
import { PARTIES } from '../codebook/defaults';
import {
  DOMAIN_MAPS,
  ESCALATION_MAPS,
  kengetalKeys,
  kengetalLabel,
  PROFILE_KEY,
  SCALAR_KENGETALLEN,
  type KengetalUnit,
  type PartySplitSetting,
} from './kengetallen';
import { PROFILE_COLUMNS, PROFILE_TYPES, SEVERITIES, type ProfileRow } from './profile';

/** Dutch or plain number text → number; '' → null. "76.302" and "76302" are both 76302; "0,2" is 0.2. */
export function parseDutchNumber(text: string): number | null | typeof NaN {
  const s = text.trim().replace(/[\s€%]/g, '');
  if (s === '') return null;
  const normal = s.includes(',')
    ? s.replace(/\./g, '').replace(',', '.')
    : /^-?\d{1,3}(\.\d{3})+$/.test(s)
      ? s.replace(/\./g, '')
      : s;
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : NaN;
}

/** The stored value of a unit from what is typed: percentages are typed as 20 and stored as 0.2. */
export const fromTyped = (unit: KengetalUnit, x: number) => (unit === 'pct' ? x / 100 : x);
export const toTyped = (unit: KengetalUnit, x: number) => (unit === 'pct' ? Math.round(x * 1e8) / 1e6 : x);

const splitSchema = z.union([
  z.literal('betaler'),
  z.literal('profiel'),
  z.partialRecord(z.enum(PARTIES.map((p) => p.code) as [string, ...string[]]), z.number().min(0).max(1)),
]);
const profileSchema = z
  .array(
    z.object({
      type: z.enum(PROFILE_TYPES),
      severity: z.enum(SEVERITIES),
      costs: z.object(
        Object.fromEntries(PROFILE_COLUMNS.map((c) => [c, z.number().finite().min(0)])) as Record<
          (typeof PROFILE_COLUMNS)[number],
          z.ZodNumber
        >,
      ),
    }),
  )
  .length(PROFILE_TYPES.length * SEVERITIES.length);

export type ParsedKengetal = { ok: true; value: unknown } | { ok: false; message: string };

function numberRule(key: string): { unit: KengetalUnit; min?: number; max?: number; maxExclusive?: boolean } | null {
  const scalar = SCALAR_KENGETALLEN.find((k) => k.key === key);
  if (scalar) return scalar;
  const head = key.split('.')[0];
  return [...DOMAIN_MAPS, ...ESCALATION_MAPS].find((m) => m.map === head) ?? null;
}

/**
 * Parses a submitted value for `key`: text for numbers, a split setting, or the profile rows.
 * Unknown keys are refused, so a form cannot store arbitrary settings.
 */
export function parseKengetal(key: string, raw: unknown, lists: StudyLists): ParsedKengetal {
  if (!kengetalKeys(lists).includes(key)) return { ok: false, message: `Onbekend kengetal "${key}".` };
  const label = kengetalLabel(key, lists);
  if (key === PROFILE_KEY) {
    const r = profileSchema.safeParse(raw);
    return r.success
      ? { ok: true, value: r.data as ProfileRow[] }
      : { ok: false, message: `${label}: elke cel moet een bedrag van 0 of meer zijn.` };
  }
  if (key.startsWith('partySplit.')) {
    const r = splitSchema.safeParse(raw);
    if (!r.success) return { ok: false, message: `${label}: ongeldige verdeling.` };
    const v = r.data as PartySplitSetting;
    if (typeof v === 'object') {
      const sum = Object.values(v).reduce((a, b) => a + b, 0);
      if (Math.abs(sum - 1) > 1e-6)
        return {
          ok: false,
          message: `${label}: de aandelen tellen op tot ${Math.round(sum * 1000) / 10}% in plaats van 100%.`,
        };
    }
    return { ok: true, value: v };
  }
  const rule = numberRule(key)!;
  const typed = typeof raw === 'number' ? raw : parseDutchNumber(String(raw ?? ''));
  if (typed === null) return { ok: false, message: `${label}: vul een getal in (of zet de standaardwaarde terug).` };
  if (Number.isNaN(typed))
    return { ok: false, message: `${label}: "${String(raw)}" is geen getal. Gebruik bijvoorbeeld 76302 of 0,25.` };
  const value = fromTyped(rule.unit, typed);
  const shown = (x: number) => `${String(toTyped(rule.unit, x)).replace('.', ',')}${rule.unit === 'pct' ? '%' : ''}`;
  if (rule.min !== undefined && value < rule.min)
    return { ok: false, message: `${label}: moet minstens ${shown(rule.min)} zijn.` };
  if (rule.max !== undefined && (rule.maxExclusive ? value >= rule.max : value > rule.max)) {
    return {
      ok: false,
      message: `${label}: moet ${rule.maxExclusive ? 'kleiner dan' : 'hoogstens'} ${shown(rule.max)} zijn.`,
    };
  }
  return { ok: true, value };
}

/**
 * The kengetallen form's submission, checked at the boundary: a note sent as an object or a
 * revision that is not a whole number gets a Dutch message, not a server error.
 */
export const kengetalChangesSchema = z
  .array(
    z.object(
      {
        key: z.string({ error: 'Ongeldig kengetal.' }).min(1, 'Ongeldig kengetal.').max(120, 'Ongeldig kengetal.'),
        value: z.unknown(),
        revision: z
          .number({ error: 'De versie van een kengetal ontbreekt; herlaad de pagina.' })
          .int('De versie van een kengetal moet een geheel getal zijn; herlaad de pagina.')
          .min(0, 'De versie van een kengetal kan niet negatief zijn; herlaad de pagina.'),
        note: z
          .string({ error: 'De toelichting moet tekst zijn.' })
          .trim()
          .max(500, 'De toelichting mag hoogstens 500 tekens hebben.')
          .optional(),
      },
      { error: 'Ongeldige wijziging.' },
    ),
    { error: 'Er is niets gewijzigd.' },
  )
  .min(1, 'Er is niets gewijzigd.')
  .max(1000, 'Te veel wijzigingen in één keer.');
