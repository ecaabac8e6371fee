import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { inTransaction, type Db } from '../client';
import { writeAudit } from './audit';
import { frameCases, studies } from '../schema';
import { getActiveDraw } from './sample-draws';
import { getStudyCodebook } from './answers';
import { loadTallies } from './tallies';
import { listInterviewProgress } from './interviews';
import { aggregate, aggregateByTeam, sampleComposition, type CompletedCase, type StratumFrame } from '@/lib/aggregate';

/** Strata (caseworkers of the active draw, N_h from its certificate) and the tallies of every completed case. */
export function loadAggregationInput(db: Db, studyId: number) {
  const draw = getActiveDraw(db, studyId);
  if (!draw) return null;
  const { codebook, lists } = getStudyCodebook(db, studyId);
  const strata: StratumFrame[] = draw.certificate.strata.map((s) => ({
    caseworker: s.caseworker,
    team: s.team,
    N: s.N,
  }));
  const cases: CompletedCase[] = inTransaction(db, () => loadTallies(db, draw.id, codebook, lists));
  return { draw, strata, cases, lists };
}

/** Everything the results page and `aggregate` show, optionally for one team. */
export function getResults(db: Db, studyId: number, team?: string) {
  const input = loadAggregationInput(db, studyId);
  if (!input) return null;
  const study = db
    .select({ households: studies.households, shares: studies.householdShares })
    .from(studies)
    .where(eq(studies.id, studyId))
    .get();
  const households = study?.households ?? null;
  // Post-stratification uses the whole caseload's shares, so it applies to the study, not to one team.
  const householdShares = team ? null : (study?.shares ?? null);
  const strata = team ? input.strata.filter((s) => s.team === team) : input.strata;
  const names = new Set(strata.map((s) => s.caseworker));
  const cases = input.cases.filter((c) => names.has(c.caseworker));
  const result = aggregate(strata, cases, input.lists, { households: team ? null : households, householdShares });
  const frameTypes = db
    .select({ type: frameCases.householdType, n: sql<number>`count(*)` })
    .from(frameCases)
    .where(eq(frameCases.studyId, studyId))
    .groupBy(frameCases.householdType)
    .all();
  const composition = {
    sample: sampleComposition(strata, cases),
    frame: frameTypes.map((f) => ({ householdType: f.type ?? 'onbekend', n: f.n })),
  };
  return {
    ...result,
    householdShares: study?.shares ?? null,
    composition,
    lists: input.lists,
    teams: [...new Set(input.strata.map((s) => s.team))].sort(),
    progress: listInterviewProgress(db, studyId)?.caseworkers ?? [],
    households,
  };
}

export { aggregateByTeam };

/** Sets (or with null clears) the caseload shares per huishoudtype used for post-stratification. */
export function setHouseholdShares(
  db: Db,
  studyId: number,
  shares: Record<string, number> | null,
  actor: string,
): void {
  inTransaction(db, () => {
    const old = db.select({ s: studies.householdShares }).from(studies).where(eq(studies.id, studyId)).get()?.s ?? null;
    db.update(studies).set({ householdShares: shares }).where(eq(studies.id, studyId)).run();
    writeAudit(db, {
      actor,
      action: 'study.household_shares',
      studyId,
      entity: 'study',
      entityId: studyId,
      oldValue: old,
      newValue: shares,
    });
  });
}
