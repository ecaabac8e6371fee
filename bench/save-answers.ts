/**
 * The autosave write path in-process (issue #15 added dependency follow-ups and the completeness
 * re-check to it): median and p95 of one saveAnswers call of 1–3 keys (A8, E1, A2 and the B grid,
 * which has dependants), 3,000 calls over 20 cases, the first 300 not counted. `npm run bench:save-answers`.
 */
import { createDb } from '@/db/client';
import { demoFrameRows } from '@/db/seed';
import { insertStudy } from '@/db/queries/studies';
import { replaceFrame } from '@/db/queries/frame';
import { storeNewDraw } from '@/db/queries/sample-draws';
import { listDrawItems } from '@/db/queries/sample-items';
import { getAnswers, saveAnswers } from '@/db/queries/answers';

const db = createDb(':memory:');
const studyId = insertStudy(db, { name: 'b', municipality: 'g', year: 2018, households: 2500, clients: null }, 'b');
replaceFrame(db, studyId, demoFrameRows(), { fileName: 'b', fileSha256: 'b', warnings: [] }, 'b');
const items = listDrawItems(
  db,
  storeNewDraw(db, { studyId, seed: 1, perCaseworker: 12, reserves: 0, actor: 'b' }).id,
).slice(0, 20);
const domains = ['financien', 'werk_opleiding', 'dagbesteding', 'huisvesting', 'huiselijke_relaties'];
let seed = 7;
const rnd = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const change = (): [string, unknown] => {
  const r = rnd(6);
  if (r === 0) return ['A8', rnd(2) ? 'ja' : 'nee'];
  if (r === 1) return ['E1', rnd(40)];
  if (r === 2) return ['A2', 'alleenstaand'];
  const d = domains[rnd(domains.length)];
  return r === 3
    ? [`B.${d}.aanvang`, rnd(2) ? 'ja' : 'nee']
    : r === 4
      ? [`B.${d}.nu`, rnd(2) ? 'ja' : 'nee']
      : [`B.${d}.toeschrijving`, 'ja'];
};
const times: number[] = [];
for (let i = 0; i < 3000; i++) {
  const item = items[i % items.length].id;
  const stored = getAnswers(db, item);
  const changes = Array.from({ length: 1 + rnd(3) }, () => change()).map(([key, value]) => ({
    key,
    value,
    baseRevision: stored[key]?.revision ?? 0,
  }));
  const uniq = [...new Map(changes.map((c) => [c.key, c])).values()];
  const t = performance.now();
  saveAnswers(db, { studyId, sampleItemId: item, changes: uniq, actor: 'b' });
  if (i >= 300) times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(
  `saveAnswers median ${times[Math.floor(times.length / 2)].toFixed(3)} ms, p95 ${times[Math.floor(times.length * 0.95)].toFixed(3)} ms (n=${times.length})`,
);
