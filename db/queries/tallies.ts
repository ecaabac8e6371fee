import 'server-only';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../client';
import type { Codebook, StudyLists } from '@/lib/codebook';
import { entriesToAnswers, type Entries } from '@/lib/interview/answer-keys';
import { compactTally, expandTally, tallyCase, type CaseTally } from '@/lib/tally';

/** Raise when tallyCase or its inputs change meaning: stored tallies of another version are recomputed. */
export const TALLY_VERSION = 2;

const statements = new WeakMap<object, { upsert: Statement; read: Statement; json: Statement; answers: Statement }>();
// Parsed tallies per connection, reused while their row is unchanged (same revision).
const parsed = new WeakMap<object, Map<number, { revision: number; tally: CaseTally }>>();
function prepared(db: Db) {
  let s = statements.get(db.$client);
  if (!s) {
    s = {
      upsert: db.$client
        .prepare(`insert into case_tallies (sample_item_id, version, tally, updated_at) values (?, ?, ?, ?)
        on conflict (sample_item_id) do update set version = excluded.version, tally = excluded.tally, updated_at = excluded.updated_at, revision = case_tallies.revision + 1`),
      read: db.$client
        .prepare(
          `select si.id, cw.name, ct.version, ct.revision from sample_items si
        join caseworkers cw on cw.id = si.caseworker_id left join case_tallies ct on ct.sample_item_id = si.id
        where si.draw_id = ? and si.status = 'besproken'`,
        )
        .raw(),
      json: db.$client
        .prepare(
          `select sample_item_id, revision, tally from case_tallies where sample_item_id in (select value from json_each(?))`,
        )
        .raw(),
      answers: db.$client
        .prepare(`select json_group_object(question_key, json(value)) from case_answers where sample_item_id = ?`)
        .pluck(),
    };
    statements.set(db.$client, s);
  }
  return s;
}

/** Tallies one case from its answers and stores the result (inside the caller's transaction). */
export function storeTally(db: Db, itemId: number, entries: Entries, codebook: Codebook, lists: StudyLists): CaseTally {
  const tally = tallyCase(entriesToAnswers(codebook, entries).answers, lists, { codebook });
  prepared(db).upsert.run(itemId, TALLY_VERSION, JSON.stringify(compactTally(tally)), Date.now());
  return tally;
}

/**
 * The tallies of every finished case of a draw, one row each. A missing or outdated tally
 * (older version) is computed from the answers and stored, so the result is always current.
 */
export function loadTallies(
  db: Db,
  drawId: number,
  codebook: Codebook,
  lists: StudyLists,
): { itemId: number; caseworker: string; tally: CaseTally }[] {
  const s = prepared(db);
  let cache = parsed.get(db.$client);
  if (!cache) parsed.set(db.$client, (cache = new Map()));
  const rows = s.read.all(drawId) as [number, string, number | null, number | null][];
  const wanted = rows
    .filter(([id, , version, revision]) => version === TALLY_VERSION && cache.get(id)?.revision !== revision)
    .map(([id]) => id);
  if (wanted.length > 0) {
    for (const [id, revision, json] of s.json.all(JSON.stringify(wanted)) as [number, number, string][]) {
      cache.set(id, { revision, tally: expandTally(JSON.parse(json) as Partial<CaseTally>, lists) });
    }
  }
  return rows.map(([id, caseworker, version, revision]) => {
    const hit = cache.get(id);
    if (version === TALLY_VERSION && hit && hit.revision === revision)
      return { itemId: id, caseworker, tally: hit.tally };
    const entries = JSON.parse((s.answers.get(id) as string | null) ?? '{}') as Entries;
    return { itemId: id, caseworker, tally: storeTally(db, id, entries, codebook, lists) };
  });
}
