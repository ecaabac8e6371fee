/**
 * Aggregating 5,000 completed cases in 100 strata (issue #6), in-process: the results path the
 * page and the CLI use (`getResults`: read each finished case's stored tally → stratified
 * estimates with SE and CI for every input key). Target: median under 200 ms.
 *
 *   npm run bench:aggregate
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb } from '@/db/client';
import { getResults } from '@/db/queries/results';
import { saveAnswers } from '@/db/queries/answers';
import { aggregate, inputKeys } from '@/lib/aggregate';
import { loadAggregationInput } from '@/db/queries/results';
import { defaultLists } from '@/lib/codebook';
import { seedCases, STRATA } from './seed-cases';

const RUNS = Number(process.env.RUNS ?? 11);

const tmp = path.join(import.meta.dirname, '.tmp');
fs.mkdirSync(tmp, { recursive: true });
const file = path.join(tmp, `aggregate-${process.pid}.db`);
const seeded = seedCases(file);
const { studyId, cases } = seeded;
seeded.db.$client.close();

function time(db: ReturnType<typeof createDb>): { ms: number; inputs: number } {
  const t0 = performance.now();
  const r = getResults(db, studyId)!;
  const ms = performance.now() - t0;
  if (r.n !== cases) throw new Error(`expected ${cases} cases, got ${r.n}`);
  return { ms, inputs: r.inputs.length };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// First aggregation after the answers were written without tallies: every case is tallied and stored.
let firstMs: number;
{
  const db = createDb(file);
  firstMs = time(db).ms;
  db.$client.close();
}
// Cold: a fresh connection each time, reading the stored tallies.
const cold: number[] = [];
for (let i = 0; i < 7; i++) {
  const db = createDb(file);
  const { ms } = time(db);
  if (i >= 2) cold.push(ms);
  db.$client.close();
}
// Live page refresh: one answer of a finished case changed (through saveAnswers) between refreshes.
const db = createDb(file);
time(db);
const item = (
  db.$client.prepare("select sample_item_id id from case_answers where question_key = 'E1' limit 1").get() as {
    id: number;
  }
).id;
const live: number[] = [];
let inputs = 0;
for (let i = 0; i < RUNS; i++) {
  const revision = (
    db.$client
      .prepare("select revision from case_answers where sample_item_id = ? and question_key = 'E1'")
      .get(item) as { revision: number }
  ).revision;
  const saved = saveAnswers(db, {
    studyId,
    sampleItemId: item,
    changes: [{ key: 'E1', value: 10 + i, baseRevision: revision }],
    actor: 'bench',
  });
  if (!saved.ok || saved.outcomes[0].status !== 'saved') throw new Error(JSON.stringify(saved));
  const r = time(db);
  live.push(r.ms);
  inputs = r.inputs;
}
// The estimation step alone: tallies in memory → 191 weighted estimates with SE and CI.
const input = loadAggregationInput(db, studyId)!;
const pure: number[] = [];
for (let i = 0; i < RUNS + 2; i++) {
  const t0 = performance.now();
  aggregate(input.strata, input.cases, input.lists, { households: 2500 });
  if (i >= 2) pure.push(performance.now() - t0);
}
db.$client.close();
if (!process.env.KEEP_DB) for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true });
else console.log('kept', file);
console.log(`aggregate: ${cases} cases, ${STRATA} strata, ${inputs} inputs (${inputKeys(defaultLists).length} keys)`);
console.log(`first aggregation (all 5,000 cases tallied and stored): ${firstMs.toFixed(1)} ms`);
console.log(`cold (fresh connection, stored tallies): median ${median(cold).toFixed(1)} ms over ${cold.length} runs`);
console.log(`live refresh (one case changed): median ${median(live).toFixed(1)} ms over ${live.length} runs`);
console.log(`estimation from tallies (aggregate): median ${median(pure).toFixed(1)} ms over ${pure.length} runs`);
console.log(
  JSON.stringify({
    bench: 'aggregate',
    cases,
    strata: STRATA,
    inputs,
    firstMs: +firstMs.toFixed(1),
    coldMedianMs: +median(cold).toFixed(1),
    liveMedianMs: +median(live).toFixed(1),
    estimationMedianMs: +median(pure).toFixed(1),
    node: process.version,
    cores: os.cpus().length,
  }),
);
