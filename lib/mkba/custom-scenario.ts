/**
 * Custom sensitivity scenarios: a name and a set of input values. A key is either a kengetal
 * (`fteNew`, `escalationCost.huisuitzetting`, …) or a measured quantity prefixed `q:`
 * (`q:prevented.huisuitzetting`). They run through the same applyScenario as the report's.
 */
import { z } from 'zod';
import type { StudyLists } from '../codebook/types';
import { noPersonalData } from '../privacy/guard';
import { DOMAIN_MAPS, ESCALATION_MAPS, SCALAR_KENGETALLEN } from './kengetallen';
import { QUANTITY_KINDS } from './quantities';
import type { Scenario, ScenarioRow } from './scenarios';
import type { UnitValues } from './types';

export const customScenarioSchema = z.object({
  name: z
    .string({ error: 'Geef het scenario een naam.' })
    .trim()
    .min(1, 'Geef het scenario een naam.')
    .max(80, 'Maximaal 80 tekens.')
    .superRefine(noPersonalData('De naam van het scenario')),
  overrides: z
    .record(
      z.string().regex(/^(q:)?[A-Za-z_]+(\.[A-Za-z0-9_]+)?$/, 'Onbekende invoer.'),
      z.number({ error: 'Elke nieuwe waarde moet een getal zijn.' }).finite(),
      { error: 'Kies minstens één invoer om te wijzigen.' },
    )
    .refine((o) => Object.keys(o).length > 0, 'Kies minstens één invoer om te wijzigen.')
    .refine((o) => Object.keys(o).length <= 200, 'Te veel invoer in één scenario (hoogstens 200).'),
});
export type CustomScenarioInput = z.infer<typeof customScenarioSchema>;

/** Per-code value maps a scenario may change: the kengetallen's, plus the catalogue prices. */
const MAP_KEYS: readonly string[] = [...[...DOMAIN_MAPS, ...ESCALATION_MAPS].map((m): string => m.map), 'prices'];

/**
 * Every input a custom scenario may change for this study's lists: the scalar kengetallen, each
 * per-code map entry (domains, escalations, catalogue prices) and each measured quantity (`q:`).
 * Why: a key outside this list stores fine but cannot run, and then breaks the uitvoerscherm.
 */
export function scenarioInputKeys(lists: StudyLists): Set<string> {
  return new Set([
    ...SCALAR_KENGETALLEN.map((k) => k.key),
    ...DOMAIN_MAPS.flatMap((m) => lists.lifeDomains.map((d) => `${m.map}.${d.code}`)),
    ...ESCALATION_MAPS.flatMap((m) => lists.escalationTypes.map((e) => `${m.map}.${e.code}`)),
    ...lists.trajectoryTypes.map((t) => `prices.${t.code}`),
    ...QUANTITY_KINDS.flatMap((k) => lists[k.list].map((item) => `q:${k.prefix}${item.code}`)),
  ]);
}

/** The Dutch refusal when a scenario changes an input that does not exist for this study, else null. */
export function unknownScenarioInput(input: CustomScenarioInput, lists: StudyLists): string | null {
  const known = scenarioInputKeys(lists);
  const unknown = Object.keys(input.overrides).filter((k) => !known.has(k));
  return unknown.length === 0
    ? null
    : `Het scenario wijzigt ${unknown.length === 1 ? 'een invoer die' : `${unknown.length} invoeren die`} niet bestaat in dit onderzoek. Kies elke invoer uit de lijst.`;
}

export const BROKEN_SCENARIO =
  'Dit scenario kan niet meer berekend worden: het wijzigt een invoer die niet (meer) bestaat. Verwijder het en maak het zo nodig opnieuw.';

/**
 * The study's own scenarios as Scenarios, and the ones that can no longer be built (a stored key
 * that is not, or no longer, an input) as failing rows. Why: one bad stored scenario must not take
 * the uitvoerscherm, the export and the CLI down with it; it is shown as failing, and deletable.
 */
export function buildCustomScenarios(
  custom: readonly { id: number; name: string; overrides: unknown }[],
  v: UnitValues,
  lists: StudyLists,
) {
  const known = scenarioInputKeys(lists);
  const scenarios: Scenario[] = [];
  const failed = new Map<string, ScenarioRow>();
  for (const c of custom) {
    const id = `eigen-${c.id}`;
    try {
      const overrides = c.overrides as CustomScenarioInput['overrides'];
      if (Object.keys(overrides).some((k) => !known.has(k))) throw new Error(BROKEN_SCENARIO);
      scenarios.push(toScenario(id, { name: c.name, overrides }, v));
    } catch {
      failed.set(id, {
        id,
        label: c.name,
        costs: NaN,
        benefits: NaN,
        saldo: NaN,
        ratioFinancial: null,
        ratioSocial: null,
        deltaSaldo: NaN,
        error: BROKEN_SCENARIO,
      });
    }
  }
  return { scenarios, failed };
}

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
  const description = Object.entries(input.overrides)
    .map(([k, x]) => `${k} = ${String(x).replace('.', ',')}`)
    .join('; ');
  return { id, label: input.name, description, unitValues: unitValues as Partial<UnitValues>, quantities };
}
