/**
 * The kengetallen of a study as data (domain.md §7): every value the MKBA needs that is not
 * measured in the dossiers, with its Dutch label, unit, allowed range and default. The page's
 * form, the server validation and the uitvoerscherm's source column all derive from this list.
 * A value without a default and without an entry stays missing: calculateMkba then lists it.
 */
import type { StudyLists } from '../codebook/types';
import { LINE_CODES, LINE_LABELS, UNIT_VALUE_DEFAULTS, type LineCode } from './types';

export type KengetalUnit = 'eur' | 'pct' | 'fte' | 'aantal' | 'jaar' | 'qaly';
export type KengetalGroup = 'organisatie' | 'waardering' | 'domein' | 'escalatie';

export interface NumberKengetal {
  key: string;
  group: KengetalGroup;
  label: string;
  unit: KengetalUnit;
  min?: number;
  /** Exclusive upper bound when `maxExclusive`. */
  max?: number;
  maxExclusive?: boolean;
  help?: string;
}

/** Where a default comes from, shown as the value's source. */
export interface KengetalDefault {
  value: unknown;
  source: 'rapport' | 'standaard' | 'onderzoek';
  note: string;
}

/** The scalar kengetallen, in page order. */
export const SCALAR_KENGETALLEN: readonly NumberKengetal[] = [
  { key: 'fteNew', group: 'organisatie', label: 'fte nieuwe werkwijze', unit: 'fte', min: 0 },
  {
    key: 'extraCostPct',
    group: 'organisatie',
    label: 'Meerkosten nieuwe werkwijze',
    unit: 'pct',
    min: 0,
    max: 1,
    maxExclusive: true,
    help: 'fte in 0-situatie = fte nieuw × (1 − meerkosten)',
  },
  { key: 'costPerFte', group: 'organisatie', label: 'Kosten per fte per jaar', unit: 'eur', min: 0 },
  { key: 'households', group: 'organisatie', label: 'Caseload: aantal huishoudens (H)', unit: 'aantal', min: 0 },
  { key: 'qalyValue', group: 'waardering', label: 'Waarde van een QALY', unit: 'eur', min: 0 },
  { key: 'horizonYears', group: 'waardering', label: 'Tijdshorizon', unit: 'jaar', min: 1, max: 50 },
  { key: 'discountRate', group: 'waardering', label: 'Discontovoet per jaar', unit: 'pct', min: 0, max: 0.2 },
];

/** Per life domain: financial value (may be negative), QALY and child-development value. */
export const DOMAIN_MAPS = [
  {
    map: 'financialValue',
    label: 'Financiële waarde per netto verbetering',
    unit: 'eur' as const,
    line: 'B2' as LineCode,
  },
  { map: 'qaly', label: 'QALY per netto verbetering', unit: 'qaly' as const, line: 'B4b' as LineCode, min: 0 },
  {
    map: 'childValue',
    label: 'Ontwikkelingskansen kinderen per netto verbetering',
    unit: 'eur' as const,
    line: 'B4a' as LineCode,
    min: 0,
  },
] as const;
/** Per escalation type: cost (B3) and nuisance value (B4c). */
export const ESCALATION_MAPS = [
  {
    map: 'escalationCost',
    label: 'Kosten per voorkomen escalatie',
    unit: 'eur' as const,
    line: 'B3' as LineCode,
    min: 0,
  },
  {
    map: 'nuisanceValue',
    label: 'Overlast en onveiligheid per voorkomen escalatie',
    unit: 'eur' as const,
    line: 'B4c' as LineCode,
    min: 0,
  },
] as const;

/** Party split of a line: fixed shares, or derived from the catalogue payers or the profile. */
export type PartySplitSetting = Record<string, number> | 'betaler' | 'profiel';

export const SPLIT_MODE_LABELS = {
  betaler: 'afgeleid van de betaler per traject (trajectcatalogus)',
  profiel: 'afgeleid van de financiers in het zorgconsumptieprofiel',
} as const;

const rapport = (value: unknown, note: string): KengetalDefault => ({ value, source: 'rapport', note });
const standaard = (value: unknown, note: string): KengetalDefault => ({ value, source: 'standaard', note });

/** Defaults for the fixed keys; per-code values of domains and escalations have none (but see escalationCost). */
export const FIXED_DEFAULTS: Record<string, KengetalDefault> = {
  fteNew: rapport(50, 'Rapport bijlage VI: 50 fte in scope'),
  extraCostPct: rapport(0.2, 'Rapport bijlage VI: 40 fte in 0-situatie tegen 50 nieuw'),
  costPerFte: rapport(76_302, 'Rapport bijlage VI'),
  qalyValue: rapport(UNIT_VALUE_DEFAULTS.qalyValue, 'Rapport box 4.2 (handleiding MKBA sociaal domein)'),
  horizonYears: rapport(UNIT_VALUE_DEFAULTS.horizonYears, 'Rapport: uitvoerscherm over één jaar'),
  discountRate: standaard(UNIT_VALUE_DEFAULTS.discountRate, 'Bij één jaar speelt disconteren geen rol'),
};

/** Default party split per line. */
export const SPLIT_DEFAULTS: Record<LineCode, KengetalDefault> = {
  K1: standaard({ gemeente: 1 }, 'Teams worden door de gemeente gefinancierd'),
  K2: standaard({ gemeente: 1 }, 'Teams worden door de gemeente gefinancierd'),
  K3: standaard('betaler', SPLIT_MODE_LABELS.betaler),
  B1a: standaard({ gemeente: 1 }, 'Vervallen oude taken: de financier van de teams'),
  B1b: standaard('betaler', SPLIT_MODE_LABELS.betaler),
  B1c: standaard('betaler', SPLIT_MODE_LABELS.betaler),
  B2: standaard('profiel', SPLIT_MODE_LABELS.profiel),
  B3: standaard('profiel', SPLIT_MODE_LABELS.profiel),
  B4a: standaard({ huishoudens: 1 }, 'Immateriële baat voor de huishoudens'),
  B4b: standaard({ huishoudens: 1 }, 'Immateriële baat voor de huishoudens'),
  B4c: standaard({ corporatie: 0.5, politie_justitie: 0.5 }, 'Buurt: corporatie en politie/justitie, elk de helft'),
};

export const splitKey = (line: LineCode) => `partySplit.${line}`;
export const mapKey = (map: string, code: string) => `${map}.${code}`;
export const PROFILE_KEY = 'profile';

/** Every key a study's kengetallen may hold, for validating what the form sends. */
export function kengetalKeys(lists: StudyLists): string[] {
  return [
    ...SCALAR_KENGETALLEN.map((k) => k.key),
    ...LINE_CODES.map(splitKey),
    PROFILE_KEY,
    ...DOMAIN_MAPS.flatMap((m) => lists.lifeDomains.map((d) => mapKey(m.map, d.code))),
    ...ESCALATION_MAPS.flatMap((m) => lists.escalationTypes.map((e) => mapKey(m.map, e.code))),
  ];
}

/** Dutch name of any key, for messages and the audit log. */
export function kengetalLabel(key: string, lists: StudyLists): string {
  const scalar = SCALAR_KENGETALLEN.find((k) => k.key === key);
  if (scalar) return scalar.label;
  if (key === PROFILE_KEY) return 'Zorgconsumptieprofiel';
  const [head, code] = key.split('.');
  if (head === 'partySplit') return `Verdeling over partijen ${code} (${LINE_LABELS[code as LineCode] ?? code})`;
  const dm = DOMAIN_MAPS.find((m) => m.map === head);
  if (dm) return `${dm.label}: ${lists.lifeDomains.find((d) => d.code === code)?.label ?? code}`;
  const em = ESCALATION_MAPS.find((m) => m.map === head);
  if (em) return `${em.label}: ${lists.escalationTypes.find((e) => e.code === code)?.label ?? code}`;
  return key;
}
