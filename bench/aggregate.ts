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
import { replaceFrame } from '@/db/queries/frame';
import { insertStudy } from '@/db/queries/studies';
import { storeNewDraw } from '@/db/queries/sample-draws';
import { getResults } from '@/db/queries/results';
import { saveAnswers } from '@/db/queries/answers';
import { aggregate, inputKeys } from '@/lib/aggregate';
import { loadAggregationInput } from '@/db/queries/results';
import { defaultLists } from '@/lib/codebook';

const STRATA = 100;
const PER_STRATUM = 50;
const RUNS = Number(process.env.RUNS ?? 11);

/** A deterministic pseudo-random source so every run aggregates the same data. */
function mulberry32(seed: number) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seed(file: string) {
  const db = createDb(file);
  const studyId = insertStudy(db, { name: 'bench', municipality: 'x', year: 2018, households: 2500, clients: null }, 'bench');
  const rows = [];
  for (let h = 0; h < STRATA; h++) for (let i = 0; i < 120; i++) {
    rows.push({ row: rows.length + 2, dossiernummer: `${h}-${i}`, teamlid: `Teamlid ${String(h).padStart(3, '0')}`, team: `Team ${h % 4}`, huishoudtype: null, startdatum: null, status: null });
  }
  replaceFrame(db, studyId, rows, { fileName: 'bench', fileSha256: 'bench', warnings: [] }, 'bench');
  const draw = storeNewDraw(db, { studyId, seed: 1, perCaseworker: PER_STRATUM, reserves: 0, actor: 'bench' });
  const items = db.$client.prepare('select id from sample_items where draw_id = ?').all(draw.id) as { id: number }[];
  const rnd = mulberry32(2018);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const insert = db.$client.prepare("insert into case_answers (sample_item_id, question_key, value, revision, updated_at, updated_by) values (?, ?, ?, 1, 0, 'bench')");
  db.$client.transaction(() => {
    for (const { id } of items) {
      const a: Record<string, unknown> = { A1: pick(['gezin', 'oudere', 'overig']), A8: pick(['ja', 'nee']), A9: pick(['ja', 'nee']), E1: Math.floor(rnd() * 40), E2: 'nee' };
      for (const d of defaultLists.lifeDomains) {
        if (rnd() < 0.35) { a[`B.${d.code}.aanvang`] = 'ja'; a[`B.${d.code}.nu`] = rnd() < 0.5 ? 'nee' : 'ja'; if (a[`B.${d.code}.nu`] === 'nee') a[`B.${d.code}.toeschrijving`] = pick(['ja', 'deels', 'nee']); }
      }
      a.B2 = pick(['ja', 'nee']);
      for (let t = 0; t < Math.floor(rnd() * 4); t++) {
        const row = `r${t}`;
        const who = pick(['professional', 'professional', 'team', 'eigen_kracht']);
        a[`C.${row}.type`] = pick(defaultLists.trajectoryTypes).code; a[`C.${row}.wie`] = who; a[`C.${row}.actie`] = 'ingezet'; a[`C.${row}.oud`] = pick(['ja', 'nee']);
        if (who === 'eigen_kracht' && a[`C.${row}.oud`] === 'ja') a[`C.${row}.vervangt_type`] = 'hulp_huishouden';
      }
      if (rnd() < 0.05) { a['D.huisuitzetting.status'] = 'voorkomen'; a['D.huisuitzetting.zekerheid'] = 'zeker'; a['D.huisuitzetting.toelichting'] = 'x'; }
      for (const [k, v] of Object.entries(a)) insert.run(id, k, JSON.stringify(v));
    }
    db.$client.prepare("update sample_items set status = 'besproken' where draw_id = ?").run(draw.id);
  })();
  return { db, studyId, cases: items.length };
}

const tmp = path.join(import.meta.dirname, '.tmp');
fs.mkdirSync(tmp, { recursive: true });
const file = path.join(tmp, `aggregate-${process.pid}.db`);
const seeded = seed(file);
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
const item = (db.$client.prepare("select sample_item_id id from case_answers where question_key = 'E1' limit 1").get() as { id: number }).id;
const live: number[] = [];
let inputs = 0;
for (let i = 0; i < RUNS; i++) {
  const revision = (db.$client.prepare("select revision from case_answers where sample_item_id = ? and question_key = 'E1'").get(item) as { revision: number }).revision;
  const saved = saveAnswers(db, { studyId, sampleItemId: item, changes: [{ key: 'E1', value: 10 + i, baseRevision: revision }], actor: 'bench' });
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
if (!process.env.KEEP_DB) for (const s of ["", "-wal", "-shm"]) fs.rmSync(file + s, { force: true });
else console.log("kept", file);
console.log(`aggregate: ${cases} cases, ${STRATA} strata, ${inputs} inputs (${inputKeys(defaultLists).length} keys)`);
console.log(`first aggregation (all 5,000 cases tallied and stored): ${firstMs.toFixed(1)} ms`);
console.log(`cold (fresh connection, stored tallies): median ${median(cold).toFixed(1)} ms over ${cold.length} runs`);
console.log(`live refresh (one case changed): median ${median(live).toFixed(1)} ms over ${live.length} runs`);
console.log(`estimation from tallies (aggregate): median ${median(pure).toFixed(1)} ms over ${pure.length} runs`);
console.log(JSON.stringify({ bench: 'aggregate', cases, strata: STRATA, inputs, firstMs: +firstMs.toFixed(1), coldMedianMs: +median(cold).toFixed(1), liveMedianMs: +median(live).toFixed(1), estimationMedianMs: +median(pure).toFixed(1), node: process.version, cores: os.cpus().length }));
