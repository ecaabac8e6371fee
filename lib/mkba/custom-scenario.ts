/**
 * Custom sensitivity scenarios: a name and a set of input values. A key is either a kengetal
 * (`fteNew`, `escalationCost.huisuitzetting`, …) or a measured quantity prefixed `q:`
 * (`q:prevented.huisuitzetting`). They run through the same applyScenario as the report's.
 */
import { z } from 'zod';
import { DOMAIN_MAPS, ESCALATION_MAPS, SCALAR_KENGETALLEN } from './kengetallen';
import type { Scenario } from './scenarios';
import type { UnitValues } from './types';

export const customScenarioSchema = z.object({
  name: z.string().trim().min(1, 'Geef het scenario een naam.').max(80, 'Maximaal 80 tekens.'),
  overrides: z.record(z.string().regex(/^(q:)?[A-Za-z_]+(\.[A-Za-z0-9_]+)?$/, 'Onbekende invoer.'), z.number().finite())
    .refine((o) => Object.keys(o).length > 0, 'Kies minstens één invoer om te wijzigen.'),
});
export type CustomScenarioInput = z.infer<typeof customScenarioSchema>;

/** Per-code value maps a scenario may change: the kengetallen's, plus the catalogue prices. */
const MAP_KEYS: readonly string[] = [...[...DOMAIN_MAPS, ...ESCALATION_MAPS].map((m): string => m.map), 'prices'];

/** The Scenario for a stored custom one; map values are merged into the study's own maps. */
export function toScenario(id: string, input: CustomScenarioInput, v: UnitValues): Scenario {
  const unitValues: Partial<UnitValues> & Record<string, unknown> = {};
  const quantities: NonNullable<Scenario['quantities']> = [];
  for (const [key, value] of Object.entries(input.overrides)) {
    if (key.startsWith('q:')) {
      quantities.push({ op: 'set', key: key.slice(2), value });
      continue;
    }
    const [head, code] = key.split('.');
    if (code && MAP_KEYS.includes(head)) {
      const base = (unitValues[head] ?? v[head as keyof UnitValues]) as Record<string, number>;
      unitValues[head] = { ...base, [code]: value };
    } else if (SCALAR_KENGETALLEN.some((k) => k.key === key)) {
      unitValues[key] = value;
    } else {
      throw new Error(`Scenario ${input.name}: onbekende invoer ${key}`);
    }
  }
  const description = Object.entries(input.overrides).map(([k, x]) => `${k} = ${String(x).replace('.', ',')}`).join('; ');
  return { id, label: input.name, description, unitValues: unitValues as Partial<UnitValues>, quantities };
}
