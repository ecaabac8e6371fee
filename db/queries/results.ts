import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { caseAnswers, caseworkers, frameCases, sampleItems, studies } from '../schema';
import { getActiveDraw } from './sample-draws';
import { getStudyCodebook } from './answers';
import { listInterviewProgress } from './interviews';
import { aggregate, aggregateByTeam, sampleComposition, type CompletedCase, type StratumFrame } from '@/lib/aggregate';
import { sql } from 'drizzle-orm';
import { entriesToAnswers } from '@/lib/interview/answer-keys';
import { tallyCase } from '@/lib/tally';

/** Strata (caseworkers of the active draw, N_h from its certificate) and the tallies of every completed case. */
export function loadAggregationInput(db: Db, studyId: number) {
  const draw = getActiveDraw(db, studyId);
  if (!draw) return null;
  const { codebook, lists } = getStudyCodebook(db, studyId);
  const strata: StratumFrame[] = draw.certificate.strata.map((s) => ({ caseworker: s.caseworker, team: s.team, N: s.N }));
  const rows = db
    .select({ itemId: sampleItems.id, caseworker: caseworkers.name, key: caseAnswers.questionKey, value: caseAnswers.value })
    .from(sampleItems)
    .innerJoin(caseworkers, eq(sampleItems.caseworkerId, caseworkers.id))
    .innerJoin(caseAnswers, eq(caseAnswers.sampleItemId, sampleItems.id))
    .where(and(eq(sampleItems.drawId, draw.id), eq(sampleItems.status, 'besproken')))
    .all();
  const byItem = new Map<number, { caseworker: string; entries: Record<string, unknown> }>();
  for (const r of rows) {
    const item = byItem.get(r.itemId) ?? { caseworker: r.caseworker, entries: {} };
    item.entries[r.key] = r.value;
    byItem.set(r.itemId, item);
  }
  const cases: CompletedCase[] = [...byItem.values()].map((c) => ({
    caseworker: c.caseworker,
    tally: tallyCase(entriesToAnswers(codebook, c.entries).answers, lists, { codebook }),
  }));
  return { draw, strata, cases, lists };
}

/** Everything the results page and `aggregate` show, optionally for one team. */
export function getResults(db: Db, studyId: number, team?: string) {
  const input = loadAggregationInput(db, studyId);
  if (!input) return null;
  const households = db.select({ h: studies.households }).from(studies).where(eq(studies.id, studyId)).get()?.h ?? null;
  const strata = team ? input.strata.filter((s) => s.team === team) : input.strata;
  const names = new Set(strata.map((s) => s.caseworker));
  const cases = input.cases.filter((c) => names.has(c.caseworker));
  const result = aggregate(strata, cases, input.lists, { households: team ? null : households });
  const frameTypes = db.select({ type: frameCases.householdType, n: sql<number>`count(*)` }).from(frameCases)
    .where(eq(frameCases.studyId, studyId)).groupBy(frameCases.householdType).all();
  const composition = { sample: sampleComposition(strata, cases), frame: frameTypes.map((f) => ({ householdType: f.type ?? 'onbekend', n: f.n })) };
  return { ...result, composition, lists: input.lists, teams: [...new Set(input.strata.map((s) => s.team))].sort(), progress: listInterviewProgress(db, studyId)?.caseworkers ?? [], households };
}

export { aggregateByTeam };
