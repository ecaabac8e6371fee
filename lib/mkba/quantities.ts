/**
 * The MKBA quantities (per-household means measured in the dossiers): which prefix of the input
 * keys, which study list names its codes, and which lines use them. One table for the labels,
 * the override choices, the payer split and the selection of estimates.
 */
import type { StudyLists } from '../codebook/types';
import type { LineCode } from './types';
import { labelOf } from './validate';

export interface QuantityKind {
  prefix: string;
  list: keyof StudyLists;
  /** As a name: "Extra traject: Individuele begeleiding". */
  label: string;
  /** Inside a sentence: "Per huishouden extra trajecten: …". */
  what: string;
}

const kind = (prefix: string, list: keyof StudyLists, label: string, what: string): QuantityKind => ({
  prefix,
  list,
  label,
  what,
});
const EXTRA = kind('prof_extra.', 'trajectoryTypes', 'Extra traject', 'extra trajecten');
const TAILORED = kind('meer_op_maat.', 'trajectoryTypes', 'Meer op maat', 'meer op maat');
const SUBSTITUTED = kind('substitutie.', 'trajectoryTypes', 'Vervangen traject', 'vervangen trajecten');
const NET_IMPROVED = kind('net_improved.', 'lifeDomains', 'Netto verbetering', 'netto verbetering');
const PREVENTED = kind('prevented.', 'escalationTypes', 'Voorkomen', 'voorkomen');

export const QUANTITY_KINDS: readonly QuantityKind[] = [EXTRA, TAILORED, SUBSTITUTED, NET_IMPROVED, PREVENTED];

/** The quantity each line's formula multiplies (K1, K2 and B1a use kengetallen only). */
export const LINE_QUANTITY: Partial<Record<LineCode, QuantityKind>> = {
  K3: EXTRA,
  B1b: TAILORED,
  B1c: SUBSTITUTED,
  B2: NET_IMPROVED,
  B3: PREVENTED,
  B4a: NET_IMPROVED,
  B4b: NET_IMPROVED,
  B4c: PREVENTED,
};

/** Dutch name of a quantity key, for the tornado, the scenario choices and the export. */
export function quantityLabel(key: string, lists?: Partial<StudyLists>): string {
  const k = QUANTITY_KINDS.find((x) => key.startsWith(x.prefix));
  return k ? `${k.label}: ${labelOf(lists, k.list, key.slice(k.prefix.length))}` : key;
}
