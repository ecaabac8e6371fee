/**
 * The uitvoerscherm of a study with 5,000 completed cases in 100 strata (issue #8), in-process:
 * `getMkba` = estimates (getResults) → kengetallen → calculation → 8 scenarios → tornado →
 * design-based SEs (saldo, ratios, every party) → PSA (2,000 joint draws from the design
 * covariance). Target: the page's data in under 1 s (median).
 *
 *   npm run bench:mkba
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { saveKengetallen } from '@/db/queries/kengetallen';
import { getMkba, getMkbaInputs } from '@/db/queries/mkba';
import { designLinearizer } from '@/lib/estimate';
import { calculateMkba, designUncertainty, probabilisticSensitivity, runScenarios, tornado } from '@/lib/mkba';
import { defaultLists } from '@/lib/codebook';
import { seedCases } from './seed-cases';

const RUNS = Number(process.env.RUNS ?? 9);
const tmp = path.join(import.meta.dirname, '.tmp');
fs.mkdirSync(tmp, { recursive: true });
const file = path.join(tmp, `mkba-${process.pid}.db`);
const { db, studyId, cases } = seedCases(file);

// Every per-domain and per-escalation value, so the whole calculation runs.
const changes = [
  ...defaultLists.lifeDomains.flatMap((d) => [
    { key: `financialValue.${d.code}`, value: '250', revision: 0 },
    { key: `qaly.${d.code}`, value: '0,02', revision: 0 },
    { key: `childValue.${d.code}`, value: '1000', revision: 0 },
  ]),
  ...defaultLists.escalationTypes.map((e) => ({ key: `nuisanceValue.${e.code}`, value: '116', revision: 0 })),
];
const saved = saveKengetallen(db, studyId, changes, 'bench');
if (!saved.ok) throw new Error(JSON.stringify(saved));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const timeIt = (fn: () => void, runs = RUNS) => {
  fn(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
};

const page = timeIt(() => {
  const m = getMkba(db, studyId);
  if (!m.result) throw new Error(m.missing.join('; '));
});
const inputs = getMkbaInputs(db, studyId);
const steps = {
  inputs: timeIt(() => getMkbaInputs(db, studyId)),
  calculate: timeIt(() => calculateMkba(inputs.q, inputs.v, inputs.lists)),
  scenarios: timeIt(() => runScenarios(inputs.q, inputs.v, undefined, inputs.lists)),
  tornado: timeIt(() => tornado(inputs.q, inputs.v, inputs.ciByKey, inputs.lists)),
  design: timeIt(() =>
    designUncertainty(
      calculateMkba(inputs.q, inputs.v, inputs.lists),
      inputs.v,
      designLinearizer(inputs.sample!),
      inputs.sample!.columns,
    ),
  ),
  psa: timeIt(() =>
    probabilisticSensitivity(
      inputs.q,
      inputs.v,
      designLinearizer(inputs.sample!),
      inputs.sample!.columns,
      [],
      {},
      inputs.lists,
    ),
  ),
  psaWithRange: timeIt(() =>
    probabilisticSensitivity(
      inputs.q,
      inputs.v,
      designLinearizer(inputs.sample!),
      inputs.sample!.columns,
      [{ key: 'costPerFte', low: 70_000, high: 85_000, source: 'bench' }],
      {},
      inputs.lists,
    ),
  ),
};
db.$client.close();
for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true });
const quantities = Object.keys(inputs.q.means).length;
console.log(`mkba: ${cases} cases, ${quantities} measured quantities`);
console.log(`uitvoerscherm data (getMkba): median ${page.toFixed(1)} ms over ${RUNS} runs`);
for (const [k, v] of Object.entries(steps)) console.log(`  ${k}: median ${v.toFixed(2)} ms`);
console.log(
  JSON.stringify({
    bench: 'mkba',
    cases,
    quantities,
    pageMedianMs: +page.toFixed(1),
    ...Object.fromEntries(Object.entries(steps).map(([k, v]) => [`${k}MedianMs`, +v.toFixed(2)])),
    node: process.version,
    cores: os.cpus().length,
  }),
);
