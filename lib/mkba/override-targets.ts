/**
 * What can be overridden by hand on a line of the uitvoerscherm: its total, and every quantity
 * its formula can use (measured or not), so a value the sample cannot give can still be typed in.
 */
import type { StudyLists } from '../codebook/types';
import { LINE_QUANTITY } from './quantities';
import type { LineCode, Quantities } from './types';
import { effectiveQuantities } from './validate';

export interface OverrideTarget {
  target: string;
  label: string;
  current: number;
  overridden: boolean;
}

export function overrideTargets(
  line: LineCode,
  amount: number,
  lineOverridden: boolean,
  lists: StudyLists,
  q: Quantities,
): OverrideTarget[] {
  const values = effectiveQuantities(q);
  const src = LINE_QUANTITY[line];
  const quantities = src
    ? lists[src.list].map((item) => {
        const key = src.prefix + item.code;
        return {
          target: `quantity:${key}`,
          label: `Per huishouden ${src.what}: ${item.label}`,
          current: values[key] ?? 0,
          overridden: key in (q.overrides ?? {}),
        };
      })
    : [];
  return [
    {
      target: `line:${line}`,
      label: `Bedrag ${line} in totaal`,
      current: Math.round(amount),
      overridden: lineOverridden,
    },
    ...quantities,
  ];
}
