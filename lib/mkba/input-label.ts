/** Dutch names of the MKBA quantities (per-household means), for the tornado and scenario choices. */
import type { StudyLists } from '../codebook/types';
import { labelOf } from './validate';

const PREFIXES: { prefix: string; list: keyof StudyLists; label: string }[] = [
  { prefix: 'prof_extra.', list: 'trajectoryTypes', label: 'Extra traject' },
  { prefix: 'meer_op_maat.', list: 'trajectoryTypes', label: 'Meer op maat' },
  { prefix: 'substitutie.', list: 'trajectoryTypes', label: 'Vervangen traject' },
  { prefix: 'net_improved.', list: 'lifeDomains', label: 'Netto verbetering' },
  { prefix: 'prevented.', list: 'escalationTypes', label: 'Voorkomen' },
];

export function quantityLabel(key: string, lists?: Partial<StudyLists>): string {
  const p = PREFIXES.find((x) => key.startsWith(x.prefix));
  return p ? `${p.label}: ${labelOf(lists, p.list, key.slice(p.prefix.length))}` : key;
}
