/**
 * Answer option lists shared by the questions of codebook v1, and the codes other modules
 * (the tallies) rely on, so a rename happens in one place.
 */
import type { CodeOption } from './types';

/** Codes of v1's questions and tables that the tallies read. */
export const V1 = {
  householdType: 'A1',
  runningIntervention: 'A8',
  foundByOutreach: 'A9',
  domains: 'B',
  problemCount: 'B1',
  selfReliant: 'B2',
  severity: 'B3',
  trajectories: 'C',
  escalations: 'D',
  hoursOwn: 'E1',
  secondCaseworker: 'E2',
  hoursSecond: 'E3',
  note: 'F1',
  domain: {
    start: 'aanvang',
    startScore: 'aanvang_zrm',
    now: 'nu',
    nowScore: 'nu_zrm',
    change: 'verandering',
    attribution: 'toeschrijving',
  },
  trajectory: { type: 'type', who: 'wie', action: 'actie', old: 'oud', replaces: 'vervangt_type' },
  escalation: { status: 'status', certainty: 'zekerheid', explanation: 'toelichting' },
} as const;

export const JA_NEE: readonly CodeOption[] = [
  { code: 'ja', label: 'ja', key: 'j' },
  { code: 'nee', label: 'nee', key: 'n' },
];

export const JA_NEE_ONBEKEND: readonly CodeOption[] = [...JA_NEE, { code: 'onbekend', label: 'onbekend', key: 'o' }];

export const JA_VERMOEDEN_NEE_ONBEKEND: readonly CodeOption[] = [
  { code: 'ja', label: 'ja', key: 'j' },
  { code: 'vermoeden', label: 'vermoeden', key: 'v' },
  { code: 'nee', label: 'nee', key: 'n' },
  { code: 'onbekend', label: 'onbekend', key: 'o' },
];

export const HOUSEHOLD_TYPES: readonly CodeOption[] = [
  { code: 'gezin', label: 'gezin (met minderjarige kinderen)', key: 'g' },
  { code: 'oudere', label: 'oudere (hoofd huishouden 65+)', key: 'o' },
  { code: 'overig', label: 'overig', key: 'v' },
];

export const COMPOSITIONS: readonly CodeOption[] = [
  { code: 'alleenstaand', label: 'alleenstaand', key: 'a' },
  { code: 'paar_zonder_kinderen', label: 'paar zonder kinderen', key: 'p' },
  { code: 'paar_met_kinderen', label: 'paar met kinderen', key: 'k' },
  { code: 'eenoudergezin', label: 'eenoudergezin', key: 'e' },
  { code: 'overig', label: 'overig', key: 'v' },
];

export const INCOME_SOURCES: readonly CodeOption[] = [
  { code: 'werk', label: 'werk', key: 'w' },
  { code: 'uitkering', label: 'uitkering', key: 'u' },
  { code: 'pensioen', label: 'pensioen', key: 'p' },
  { code: 'geen', label: 'geen inkomen', key: 'g' },
  { code: 'onbekend', label: 'onbekend', key: 'o' },
];

export const CASE_STATUSES: readonly CodeOption[] = [
  { code: 'actief', label: 'actief', key: 'a' },
  { code: 'afgesloten', label: 'afgesloten', key: 's' },
];

export const CHANGES: readonly CodeOption[] = [
  { code: 'verbeterd', label: 'verbeterd' },
  { code: 'verslechterd', label: 'verslechterd' },
  { code: 'gelijk', label: 'gelijk gebleven' },
];

export const ATTRIBUTIONS: readonly CodeOption[] = [
  { code: 'ja', label: 'ja, door de aanpak', key: 'j' },
  { code: 'deels', label: 'deels', key: 'd' },
  { code: 'nee', label: 'nee, gedaan door anderen', key: 'n' },
];

export const SEVERITY_OPTIONS: readonly CodeOption[] = [
  { code: 'enkelvoudig', label: 'geen of enkelvoudig', key: 'e' },
  { code: 'meervoudig_zelfredzaam', label: 'meervoudig, zelfredzaam', key: 'm' },
  { code: 'meervoudig_niet_zelfredzaam', label: 'meervoudig, niet zelfredzaam', key: 'n' },
  { code: 'top', label: 'top (geëscaleerd of intramuraal)', key: 't' },
];

export const WHO: readonly CodeOption[] = [
  { code: 'professional', label: 'professional buiten het team', key: 'p' },
  { code: 'team', label: 'het team zelf', key: 't' },
  { code: 'eigen_kracht', label: 'eigen kracht / eigen netwerk', key: 'e' },
  { code: 'vrijwilliger', label: 'vrijwilliger (voorveld, maatje, collectief)', key: 'v' },
];

export const ACTIONS: readonly CodeOption[] = [
  { code: 'ingezet', label: 'ingezet', key: 'i' },
  { code: 'afgeschaald', label: 'afgeschaald', key: 'a' },
  { code: 'beeindigd', label: 'beëindigd', key: 'b' },
  { code: 'niet_ingezet', label: 'bewust niet ingezet', key: 'n' },
];

export const OLD_WAY: readonly CodeOption[] = [
  { code: 'ja', label: 'ja', key: 'j' },
  { code: 'nee', label: 'nee', key: 'n' },
  { code: 'weet_niet', label: 'weet niet', key: 'w' },
];

export const ESCALATION_STATUSES: readonly CodeOption[] = [
  { code: 'niet_aan_de_orde', label: 'niet aan de orde', key: '-' },
  { code: 'voorkomen', label: 'voorkomen', key: 'v' },
  { code: 'uitgesteld', label: 'uitgesteld', key: 'u' },
  { code: 'opgetreden', label: 'opgetreden', key: 'o' },
  { code: 'actief_ingezet', label: 'actief ingezet door het team', key: 'a' },
];

export const CERTAINTIES: readonly CodeOption[] = [
  { code: 'zeker', label: 'zeker', key: 'z' },
  { code: 'waarschijnlijk', label: 'waarschijnlijk', key: 'w' },
];
