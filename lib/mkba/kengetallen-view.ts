/**
 * The kengetallen page's model: every field as display text with its source, so the client form
 * is plain data. Percentages are shown as percentages; the profile as its 12 rows.
 */
import { PARTIES } from '../codebook/defaults';
import type { StudyLists } from '../codebook/types';
import type { ResolvedKengetal } from './assemble';
import {
  DOMAIN_MAPS,
  ESCALATION_MAPS,
  mapKey,
  PROFILE_KEY,
  SCALAR_KENGETALLEN,
  splitKey,
  type KengetalUnit,
  type PartySplitSetting,
} from './kengetallen';
import { toTyped } from './kengetal-schema';
import type { ProfileRow } from './profile';
import { LINE_CODES, LINE_LABELS, type LineCode } from './types';

export interface SourceView {
  kind: ResolvedKengetal['source'];
  note?: string;
  by?: string;
  at?: number;
}
export interface NumberField {
  key: string;
  label: string;
  unit: KengetalUnit;
  text: string;
  source: SourceView;
  revision: number;
  help?: string;
}
export interface SplitField {
  key: string;
  line: LineCode;
  label: string;
  mode: 'vast' | 'betaler' | 'profiel';
  shares: Record<string, string>;
  source: SourceView;
  revision: number;
}
export interface KengetallenView {
  scalars: NumberField[];
  domains: { code: string; label: string; fields: NumberField[] }[];
  escalations: { code: string; label: string; fields: NumberField[] }[];
  splits: SplitField[];
  profile: { rows: ProfileRow[]; source: SourceView; revision: number };
  parties: { code: string; label: string }[];
}

/** Every number field of the page, in page order. */
export const numberFields = (view: KengetallenView): NumberField[] => [
  ...view.scalars,
  ...view.domains.flatMap((d) => d.fields),
  ...view.escalations.flatMap((e) => e.fields),
];

const nl = (x: number) => String(x).replace('.', ',');
const sourceOf = (r: ResolvedKengetal): SourceView => ({
  kind: r.source,
  note: r.note,
  by: r.updatedBy,
  at: r.updatedAt,
});

function numberField(
  r: ResolvedKengetal | undefined,
  key: string,
  label: string,
  unit: KengetalUnit,
  help?: string,
): NumberField {
  const value = typeof r?.value === 'number' ? r.value : undefined;
  return {
    key,
    label,
    unit,
    text: value === undefined ? '' : nl(toTyped(unit, value)),
    source: r ? sourceOf(r) : { kind: 'ontbreekt' },
    revision: r?.revision ?? 0,
    ...(help ? { help } : {}),
  };
}

export function kengetallenView(resolved: ReadonlyMap<string, ResolvedKengetal>, lists: StudyLists): KengetallenView {
  const perCode = (
    maps: readonly { map: string; label: string; unit: KengetalUnit }[],
    codes: readonly { code: string; label: string }[],
  ) =>
    codes.map((c) => ({
      code: c.code,
      label: c.label,
      fields: maps.map((m) =>
        numberField(resolved.get(mapKey(m.map, c.code)), mapKey(m.map, c.code), `${m.label}: ${c.label}`, m.unit),
      ),
    }));
  const profile = resolved.get(PROFILE_KEY)!;
  return {
    scalars: SCALAR_KENGETALLEN.map((k) => numberField(resolved.get(k.key), k.key, k.label, k.unit, k.help)),
    domains: perCode(DOMAIN_MAPS, lists.lifeDomains),
    escalations: perCode(ESCALATION_MAPS, lists.escalationTypes),
    splits: LINE_CODES.map((line) => {
      const r = resolved.get(splitKey(line))!;
      const v = r.value as PartySplitSetting;
      const shares = Object.fromEntries(
        PARTIES.map((p) => [p.code, typeof v === 'object' && v[p.code] ? nl(Math.round(v[p.code] * 1e6) / 1e4) : '']),
      );
      return {
        key: splitKey(line),
        line,
        label: LINE_LABELS[line],
        mode: typeof v === 'string' ? v : 'vast',
        shares,
        source: sourceOf(r),
        revision: r.revision,
      };
    }),
    profile: { rows: profile.value as ProfileRow[], source: sourceOf(profile), revision: profile.revision },
    parties: PARTIES.map((p) => ({ code: p.code, label: p.label })),
  };
}
