/**
 * What can be overridden by hand on a line of the uitvoerscherm: its total, and every quantity
 * its formula can use (measured or not), so a value the sample cannot give can still be typed in.
 */
import type { StudyLists } from '../codebook/types';
import type { LineCode, Quantities } from './types';
import { effectiveQuantities } from './validate';

const QUANTITY_SOURCES: Partial<Record<LineCode, { prefix: string; list: keyof StudyLists; what: string }>> = {
  K3: { prefix: 'prof_extra.', list: 'trajectoryTypes', what: 'extra trajecten' },
  B1b: { prefix: 'meer_op_maat.', list: 'trajectoryTypes', what: 'meer op maat' },
  B1c: { prefix: 'substitutie.', list: 'trajectoryTypes', what: 'vervangen trajecten' },
  B2: { prefix: 'net_improved.', list: 'lifeDomains', what: 'netto verbetering' },
  B3: { prefix: 'prevented.', list: 'escalationTypes', what: 'voorkomen' },
  B4a: { prefix: 'net_improved.', list: 'lifeDomains', what: 'netto verbetering' },
  B4b: { prefix: 'net_improved.', list: 'lifeDomains', what: 'netto verbetering' },
  B4c: { prefix: 'prevented.', list: 'escalationTypes', what: 'voorkomen' },
};

export interface OverrideTarget { target: string; label: string; current: number; overridden: boolean }

export function overrideTargets(line: LineCode, amount: number, lineOverridden: boolean, lists: StudyLists, q: Quantities): OverrideTarget[] {
  const values = effectiveQuantities(q);
  const src = QUANTITY_SOURCES[line];
  const quantities = src
    ? lists[src.list].map((item) => {
      const key = src.prefix + item.code;
      return { target: `quantity:${key}`, label: `Per huishouden ${src.what}: ${item.label}`, current: values[key] ?? 0, overridden: key in (q.overrides ?? {}) };
    })
    : [];
  return [{ target: `line:${line}`, label: `Bedrag ${line} in totaal`, current: Math.round(amount), overridden: lineOverridden }, ...quantities];
}
