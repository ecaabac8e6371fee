// Mutation score per lib/ directory from the per-mutant results StrykerJS wrote so far
// (reports/mutation/*/progress.ndjson, see stryker-progress-reporter.mjs): `node tests/support/mutation-score.mjs`.
// Score as Stryker counts it: (killed + timeout) / (killed + timeout + survived + no coverage).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = 'reports/mutation';
const byDir = new Map();
for (const run of existsSync(root) ? readdirSync(root) : []) {
  const file = path.join(root, run, 'progress.ndjson');
  if (!existsSync(file)) continue;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line);
    const dir = path.relative(process.cwd(), r.file).split(path.sep).slice(0, 2).join('/');
    const counts = byDir.get(dir) ?? { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, other: 0 };
    if (r.status in counts) counts[r.status]++;
    else counts.other++;
    byDir.set(dir, counts);
  }
}
for (const [dir, c] of [...byDir].sort()) {
  const detected = c.Killed + c.Timeout;
  const valid = detected + c.Survived + c.NoCoverage;
  const score = valid ? ((100 * detected) / valid).toFixed(1) : '-';
  console.log(
    `${dir}\t${score}%\tkilled ${c.Killed}, timeout ${c.Timeout}, survived ${c.Survived}, no coverage ${c.NoCoverage}, other ${c.other}`,
  );
}
