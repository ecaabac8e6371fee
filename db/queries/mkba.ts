import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { inTransaction, type Db } from '../client';
import { mkbaOverrides, mkbaScenarios } from '../schema';
import { writeAudit } from './audit';
import type { InputEstimate } from '@/lib/aggregate';
import { getKengetallen, listKengetalRanges } from './kengetallen';
import { getResults } from './results';
import { designLinearizer, type SampleDesign } from '@/lib/estimate';
import {
  buildCustomScenarios,
  calculateMkba,
  designUncertainty,
  missingUnitValues,
  probabilisticSensitivity,
  quantitiesFromEstimates,
  REPORT_SCENARIOS,
  runScenarios,
  toUnitValues,
  tornado,
  unknownScenarioInput,
  type CustomScenarioInput,
  type LineCode,
  type MkbaResult,
  type OverrideInput,
  type MkbaUncertainty,
  type Quantities,
  type UnitValues,
} from '@/lib/mkba';
import { Refusal } from '@/lib/refusal';
import { getStudyLists } from './study-lists';

export function listOverrides(db: Db, studyId: number) {
  return db
    .select()
    .from(mkbaOverrides)
    .where(eq(mkbaOverrides.studyId, studyId))
    .orderBy(asc(mkbaOverrides.target))
    .all();
}

export function listCustomScenarios(db: Db, studyId: number) {
  return db
    .select()
    .from(mkbaScenarios)
    .where(eq(mkbaScenarios.studyId, studyId))
    .orderBy(asc(mkbaScenarios.id))
    .all()
    .map((s) => ({ ...s, overrides: s.overrides as CustomScenarioInput['overrides'] }));
}

/** The estimates the MKBA uses; a caller that has them already (the export) passes them in. */
export interface MkbaEstimates {
  inputs: readonly InputEstimate[];
  n: number;
  df?: number | null;
  sample?: SampleDesign | null;
}

/** Everything the engine needs for a study: measured quantities (with their SE and CI), overrides, kengetallen. */
export function getMkbaInputs(db: Db, studyId: number, estimates?: MkbaEstimates) {
  const { lists, resolved } = getKengetallen(db, studyId);
  const results = estimates ?? getResults(db, studyId);
  const inputs = results?.inputs ?? [];
  const means = quantitiesFromEstimates(inputs);
  const overrides: Record<string, number> = {};
  const lineOverrides: Partial<Record<LineCode, number>> = {};
  const overrideRows = listOverrides(db, studyId);
  for (const o of overrideRows) {
    if (o.target.startsWith('line:')) lineOverrides[o.target.slice(5) as LineCode] = o.value;
    else if (o.target.startsWith('quantity:')) overrides[o.target.slice(9)] = o.value;
  }
  const q: Quantities = { means, overrides, lineOverrides };
  const v = toUnitValues(resolved, lists, q);
  const measured = inputs.filter((i) => i.key in means);
  const seByKey = Object.fromEntries(measured.filter((i) => i.se != null).map((i) => [i.key, i.se!]));
  const ciByKey = Object.fromEntries(
    measured
      .filter((i) => i.ciLow != null && i.ciHigh != null && i.mean !== 0)
      .map((i) => [i.key, { low: i.ciLow!, high: i.ciHigh! }]),
  );
  return {
    lists,
    resolved,
    q,
    v,
    estimates: measured,
    seByKey,
    ciByKey,
    n: results?.n ?? 0,
    df: results?.df ?? null,
    sample: results?.sample ?? null,
    overrideRows,
  };
}

/** Both from the same per-case data; without completed cases there is no sampling uncertainty to show. */
function uncertaintyOf(
  result: MkbaResult,
  q: Quantities,
  v: UnitValues,
  sample: SampleDesign | null,
  db: Db,
  studyId: number,
  lists: ReturnType<typeof getKengetallen>['lists'],
): MkbaUncertainty {
  if (!sample || sample.obs.length === 0)
    return {
      design: null,
      psa: null,
      warnings: ['Nog geen afgeronde dossiers: geen steekproefonzekerheid te berekenen.'],
    };
  const lin = designLinearizer(sample);
  try {
    const design = designUncertainty(result, v, lin, sample.columns);
    const psa = probabilisticSensitivity(q, v, lin, sample.columns, listKengetalRanges(db, studyId, lists), {}, lists);
    return { design, psa, warnings: [...design.warnings, ...psa.warnings] };
  } catch (e) {
    return { design: null, psa: null, warnings: [e instanceof Error ? e.message : String(e)] };
  }
}

/**
 * The uitvoerscherm: the result, or the Dutch list of missing kengetallen; the report's and the
 * study's own scenarios; the tornado over the inputs' CIs; the design-based interval and the PSA.
 */
export function getMkba(db: Db, studyId: number, opts: { uncertainty?: boolean; estimates?: MkbaEstimates } = {}) {
  const input = getMkbaInputs(db, studyId, opts.estimates);
  const { q, v, lists } = input;
  const missing = missingUnitValues(v, q, lists);
  const custom = listCustomScenarios(db, studyId);
  if (missing.length > 0)
    return { ...input, missing, result: null, scenarios: [], tornado: [], uncertainty: null, custom };
  const result = calculateMkba(q, v, lists);
  // A stored scenario that can no longer run is shown as failing (and deletable), never a 500.
  const own = buildCustomScenarios(custom, v, lists);
  const ran = runScenarios(q, v, [...REPORT_SCENARIOS, ...own.scenarios], lists);
  const ownIds = new Set(custom.map((c) => `eigen-${c.id}`));
  const byId = new Map([...ran.filter((s) => ownIds.has(s.id)).map((s) => [s.id, s] as const), ...own.failed]);
  return {
    ...input,
    missing,
    result,
    custom,
    scenarios: [...ran.filter((s) => !ownIds.has(s.id)), ...custom.map((c) => byId.get(`eigen-${c.id}`)!)],
    tornado: tornado(q, v, input.ciByKey, lists).slice(0, 12),
    uncertainty: opts.uncertainty === false ? null : uncertaintyOf(result, q, v, input.sample, db, studyId, lists),
  };
}

export type MkbaView = ReturnType<typeof getMkba>;

/** Sets (or with a null value removes) a hand override of a line or a quantity (input parsed by overrideSchema). */
export function setOverride(db: Db, studyId: number, input: OverrideInput, actor: string): null {
  const { target, value, reason } = input;
  return inTransaction(db, () => {
    const where = and(eq(mkbaOverrides.studyId, studyId), eq(mkbaOverrides.target, target));
    const old = db.select().from(mkbaOverrides).where(where).get() ?? null;
    if (value === null) db.delete(mkbaOverrides).where(where).run();
    else {
      const now = Date.now();
      db.insert(mkbaOverrides)
        .values({ studyId, target, value, reason, updatedAt: now, updatedBy: actor })
        .onConflictDoUpdate({
          target: [mkbaOverrides.studyId, mkbaOverrides.target],
          set: { value, reason, updatedAt: now, updatedBy: actor },
        })
        .run();
    }
    writeAudit(db, {
      actor,
      action: value === null ? 'mkba.override.remove' : 'mkba.override.set',
      studyId,
      entity: 'mkba_override',
      entityId: target,
      oldValue: old && { value: old.value, reason: old.reason },
      newValue: value === null ? null : { value, reason },
    });
    return null;
  });
}

/** Stores a custom scenario (input parsed by customScenarioSchema; its inputs must exist in this study). */
export function addCustomScenario(db: Db, studyId: number, input: CustomScenarioInput, actor: string): { id: number } {
  const unknown = unknownScenarioInput(input, getStudyLists(db, studyId));
  if (unknown) throw new Refusal(unknown);
  return inTransaction(db, () => {
    const row = db
      .insert(mkbaScenarios)
      .values({ studyId, name: input.name, overrides: input.overrides, createdBy: actor })
      .returning()
      .get();
    writeAudit(db, {
      actor,
      action: 'mkba.scenario.add',
      studyId,
      entity: 'mkba_scenario',
      entityId: row.id,
      newValue: input,
    });
    return { id: row.id };
  });
}

export function deleteCustomScenario(db: Db, studyId: number, id: number, actor: string): null {
  return inTransaction(db, () => {
    const where = and(eq(mkbaScenarios.studyId, studyId), eq(mkbaScenarios.id, id));
    const old = db.select().from(mkbaScenarios).where(where).get();
    if (!old) throw new Refusal('Dit scenario bestaat niet meer.');
    db.delete(mkbaScenarios).where(where).run();
    writeAudit(db, {
      actor,
      action: 'mkba.scenario.delete',
      studyId,
      entity: 'mkba_scenario',
      entityId: id,
      oldValue: { name: old.name, overrides: old.overrides },
    });
    return null;
  });
}
