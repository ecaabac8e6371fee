import 'server-only';
import { eq } from 'drizzle-orm';
import { inTransaction, type Db } from '../client';
import { writeAudit } from './audit';
import { frameCases, studies } from '../schema';
import { getActiveDraw } from './sample-draws';
import { getStudyCodebook } from './answers';
import { listInterviewProgress } from './interviews';
import { aggregate, aggregateByTeam, sampleComposition, type CompletedCase, type StratumFrame } from '@/lib/aggregate';
import { sql } from 'drizzle-orm';
import { entriesToAnswers } from '@/lib/interview/answer-keys';
import { tallyCase, type CaseTally } from '@/lib/tally';
import type { StudyLists } from '@/lib/codebook';

type TallyCacheEntry = { stamp: string; caseworker: string; tally: CaseTally };
// Per database and list set: a case is tallied again only when one of its answers changed
// (every save raises a revision, so count + Σ revision + latest time identifies the answers).
const tallyCaches = new WeakMap<Db, WeakMap<StudyLists, Map<number, TallyCacheEntry>>>();

function tallyCache(db: Db, lists: StudyLists): Map<number, TallyCacheEntry> {
  let byLists = tallyCaches.get(db);
  if (!byLists) tallyCaches.set(db, (byLists = new WeakMap()));
  let cache = byLists.get(lists);
  if (!cache) byLists.set(lists, (cache = new Map()));
  return cache;
}

/** Strata (caseworkers of the active draw, N_h from its certificate) and the tallies of every completed case. */
export function loadAggregationInput(db: Db, studyId: number) {
  const draw = getActiveDraw(db, studyId);
  if (!draw) return null;
  const { codebook, lists } = getStudyCodebook(db, studyId);
  const strata: StratumFrame[] = draw.certificate.strata.map((s) => ({ caseworker: s.caseworker, team: s.team, N: s.N }));
  const cache = tallyCache(db, lists);
  const STAMP = `count(ca.question_key) || ':' || coalesce(sum(ca.revision), 0) || ':' || coalesce(max(ca.updated_at), 0)`;
  const FROM = `from sample_items si join caseworkers cw on cw.id = si.caseworker_id left join case_answers ca on ca.sample_item_id = si.id
    where si.draw_id = ? and si.status = 'besproken'`;
  // Answers come back as one JSON object per case (json_group_object): 5,000 rows instead of 100,000.
  const ANSWERS = `json_group_object(ca.question_key, json(ca.value)) filter (where ca.question_key is not null)`;
  const tally = (id: number, name: string, stamp: string, json: string | null) => {
    const entries = json ? (JSON.parse(json) as Record<string, unknown>) : {};
    cache.set(id, { stamp, caseworker: name, tally: tallyCase(entriesToAnswers(codebook, entries).answers, lists, { codebook }) });
  };
  let stamps: [number, string, string][];
  if (cache.size === 0) {
    // Cold: stamps and answers in one pass.
    const rows = db.$client.prepare(`select si.id, cw.name, ${STAMP}, ${ANSWERS} ${FROM} group by si.id`).raw().all(draw.id) as [number, string, string, string | null][];
    for (const [id, name, stamp, json] of rows) tally(id, name, stamp, json);
    stamps = rows.map(([id, name, stamp]) => [id, name, stamp]);
  } else {
    stamps = db.$client.prepare(`select si.id, cw.name, ${STAMP} ${FROM} group by si.id`).raw().all(draw.id) as [number, string, string][];
    const stale = stamps.filter(([id, , stamp]) => cache.get(id)?.stamp !== stamp);
    if (stale.length > 0) {
      const rows = db.$client.prepare(`select si.id, cw.name, ${STAMP}, ${ANSWERS} ${FROM} and si.id in (select value from json_each(?)) group by si.id`)
        .raw().all(draw.id, JSON.stringify(stale.map(([id]) => id))) as [number, string, string, string | null][];
      for (const [id, name, stamp, json] of rows) tally(id, name, stamp, json);
    }
  }
  const live = new Set(stamps.map(([id]) => id));
  for (const id of cache.keys()) if (!live.has(id)) cache.delete(id);
  const cases: CompletedCase[] = stamps.map(([id]) => cache.get(id)!).map(({ caseworker, tally }) => ({ caseworker, tally }));
  return { draw, strata, cases, lists };
}

/** Everything the results page and `aggregate` show, optionally for one team. */
export function getResults(db: Db, studyId: number, team?: string) {
  const input = loadAggregationInput(db, studyId);
  if (!input) return null;
  const study = db.select({ households: studies.households, shares: studies.householdShares }).from(studies).where(eq(studies.id, studyId)).get();
  const households = study?.households ?? null;
  // Post-stratification uses the whole caseload's shares, so it applies to the study, not to one team.
  const householdShares = team ? null : study?.shares ?? null;
  const strata = team ? input.strata.filter((s) => s.team === team) : input.strata;
  const names = new Set(strata.map((s) => s.caseworker));
  const cases = input.cases.filter((c) => names.has(c.caseworker));
  const result = aggregate(strata, cases, input.lists, { households: team ? null : households, householdShares });
  const frameTypes = db.select({ type: frameCases.householdType, n: sql<number>`count(*)` }).from(frameCases)
    .where(eq(frameCases.studyId, studyId)).groupBy(frameCases.householdType).all();
  const composition = { sample: sampleComposition(strata, cases), frame: frameTypes.map((f) => ({ householdType: f.type ?? 'onbekend', n: f.n })) };
  return { ...result, householdShares: study?.shares ?? null, composition, lists: input.lists, teams: [...new Set(input.strata.map((s) => s.team))].sort(), progress: listInterviewProgress(db, studyId)?.caseworkers ?? [], households };
}

export { aggregateByTeam };

/** Sets (or with null clears) the caseload shares per huishoudtype used for post-stratification. */
export function setHouseholdShares(db: Db, studyId: number, shares: Record<string, number> | null, actor: string): void {
  inTransaction(db, () => {
    const old = db.select({ s: studies.householdShares }).from(studies).where(eq(studies.id, studyId)).get()?.s ?? null;
    db.update(studies).set({ householdShares: shares }).where(eq(studies.id, studyId)).run();
    writeAudit(db, { actor, action: 'study.household_shares', studyId, entity: 'study', entityId: studyId, oldValue: old, newValue: shares });
  });
}
