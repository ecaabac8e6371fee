/**
 * Bench: one full sample draw (validate + group + sort + frame hash + draw) over a synthetic
 * 100,000-case frame with 200 caseworkers (500 each), n = 12, r = 3.
 * Run: npx tsx bench/sample-draw.ts
 */
import { performance } from 'node:perf_hooks';
import { type FrameCase, drawSample } from '../lib/sampling';

const CASES = 100_000;
const STRATA = 200;
const WARMUPS = 5;
const RUNS = 21;
const NAMES = ['Anneke', 'Bram', 'Cécile', 'Dirk', 'Eva', 'Fenna', 'Gijs', 'Hüseyin', 'IJsbrand', 'José'];

/** Deterministic frame in unsorted input order; every field is a fresh string, as after a file import. */
function buildFrame(): FrameCase[] {
  const cases: FrameCase[] = [];
  for (let i = 0; i < CASES; i++) {
    const h = i % STRATA;
    // i * 48271 mod the prime 100003 is a bijection on 0..100002, so dossiernummers are unique.
    const number = (i * 48271) % 100003;
    cases.push({
      dossiernummer: `${String(number).padStart(7, '0')}`,
      caseworker: `${NAMES[h % NAMES.length]} ${String(h).padStart(3, '0')}`,
      team: `Team ${(h % 8) + 1}`,
    });
  }
  return cases;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

const frame = buildFrame();
const run = () => drawSample({ cases: frame, seed: 20240611, perCaseworker: 12, reserves: 3 });
for (let i = 0; i < WARMUPS; i++) run();
const times: number[] = [];
let strata = 0;
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  const draw = run();
  times.push(performance.now() - start);
  strata = draw.strata.length;
}
times.sort((a, b) => a - b);
const medianMs = Number(quantile(times, 0.5).toFixed(2));
const p90Ms = Number(quantile(times, 0.9).toFixed(2));
const minMs = Number(times[0].toFixed(2));
const rssMb = Number((process.memoryUsage().rss / 1024 / 1024).toFixed(1));
console.log(`sample-draw: ${CASES} cases, ${strata} strata, ${RUNS} runs`);
console.log(`median ${medianMs} ms, p90 ${p90Ms} ms, min ${minMs} ms, rss ${rssMb} MB`);
console.log(JSON.stringify({ bench: 'sample-draw', cases: CASES, strata, medianMs, p90Ms, minMs, rssMb }));
