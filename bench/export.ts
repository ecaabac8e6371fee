/**
 * Export of the steekproefbestand (issue #7): a study with a 100,000-case frame (200
 * caseworkers) and 2,000 finished, fully answered cases (10 per caseworker) → xlsx bytes,
 * the same `exportSampleFile` the page and the CLI use. Targets: 2,000 cases under 3 s; the
 * 100,000-case study under 15 s and 500 MB. Peak memory: maxRSS of a child doing one export.
 *
 *   npm run bench:export
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb } from '@/db/client';
import { replaceFrame } from '@/db/queries/frame';
import { insertStudy } from '@/db/queries/studies';
import { storeNewDraw } from '@/db/queries/sample-draws';
import { listDrawItems } from '@/db/queries/sample-items';
import { codebookV1, defaultLists } from '@/lib/codebook';
import { allRestAnswers } from '@/lib/interview/rest-answers';
import { finishCase, saveAnswers } from '@/db/queries/answers';
import { exportSampleFile } from '@/db/queries/export';

const tmp = path.join(import.meta.dirname, '.tmp');
fs.mkdirSync(tmp, { recursive: true });
const file = path.join(tmp, 'export-100k.db');

function seed() {
  for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true });
  const db = createDb(file);
  const studyId = insertStudy(
    db,
    { name: 'bench export', municipality: 'x', year: 2018, households: 2500, clients: null },
    'bench',
  );
  const rows = Array.from({ length: 100_000 }, (_, i) => ({
    row: i + 2,
    dossiernummer: String(i).padStart(7, '0'),
    teamlid: `Teamlid ${String(i % 200).padStart(3, '0')}`,
    team: `Team ${i % 8}`,
    huishoudtype: null,
    startdatum: '2018-05-01',
    status: null,
  }));
  replaceFrame(db, studyId, rows, { fileName: 'bench', fileSha256: 'bench', warnings: [] }, 'bench');
  const items = listDrawItems(
    db,
    storeNewDraw(db, { studyId, seed: 7, perCaseworker: 10, reserves: 2, actor: 'bench' }).id,
  ).filter((i) => i.role === 'sample');
  db.$client.transaction(() => {
    for (const it of items) {
      const changes = [
        ['A1', 'gezin'],
        ['A2', 'eenoudergezin'],
        ['A3', 2],
        ['A4', 'uitkering'],
        ['A5', 'ja'],
        ['A8', 'nee'],
        ['A9', 'ja'],
        ['A10', 'actief'],
        ['A11', '2018-05'],
        ['B.financien.aanvang', 'ja'],
        ['B.financien.nu', 'nee'],
        ['B.financien.toeschrijving', 'ja'],
        ['B.opvoeding.aanvang', 'ja'],
        ['B.opvoeding.nu', 'ja'],
        ['B2', 'nee'],
        ['C.r1.type', 'individuele_begeleiding'],
        ['C.r1.wie', 'professional'],
        ['C.r1.actie', 'ingezet'],
        ['C.r1.oud', 'nee'],
        ['C.r2.type', 'eigen_netwerk'],
        ['C.r2.wie', 'eigen_kracht'],
        ['C.r2.actie', 'ingezet'],
        ['C.r2.oud', 'ja'],
        ['C.r2.vervangt_type', 'hulp_huishouden'],
        ['D.huisuitzetting.status', 'voorkomen'],
        ['D.huisuitzetting.zekerheid', 'zeker'],
        ['D.huisuitzetting.toelichting', 'huurachterstand opgelost'],
        ['E1', 14],
        ['E2', 'ja'],
        ['E3', 6],
        ['E4', 8],
        ['F1', 'Korte notitie zonder persoonsgegevens.'],
      ].map(([key, value]) => ({ key: key as string, value, baseRevision: 0 }));
      // Every other leefgebied and escalation row answered explicitly (the interview's rest keys).
      const given = Object.fromEntries(changes.map((c) => [c.key, c.value]));
      changes.push(...allRestAnswers(codebookV1, defaultLists, given).map((r) => ({ ...r, baseRevision: 0 })));
      const r = saveAnswers(db, { studyId, sampleItemId: it.id, changes, actor: 'bench' });
      if (!r.ok || r.outcomes.some((o) => o.status !== 'saved')) throw new Error(JSON.stringify(r));
      if (!finishCase(db, { studyId, sampleItemId: it.id, actor: 'bench' }).ok) throw new Error('finish failed');
    }
  })();
  db.$client.close();
  return { studyId, cases: items.length };
}

if (process.argv[2] === '--once') {
  // One process: the first export (cold, as the CLI runs it) and three more (warm, as the server runs them).
  const db = createDb(file);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 4; i++) {
    const t0 = performance.now();
    bytes = (await exportSampleFile(db, Number(process.argv[3]), 'xlsx', 'bench'))!.length;
    times.push(performance.now() - t0);
  }
  console.log(
    JSON.stringify({
      cold: times[0],
      warm: times.slice(1).sort((a, b) => a - b)[1],
      bytes,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
} else {
  const { studyId, cases } = seed();
  const runs: { cold: number; warm: number; bytes: number; maxRssMb: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const out = execFileSync(
      'npx',
      ['tsx', '--conditions=react-server', import.meta.filename, '--once', String(studyId)],
      { encoding: 'utf8' },
    );
    runs.push(JSON.parse(out.trim().split('\n').pop()!));
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[1];
  const cold = med(runs.map((r) => r.cold));
  const warm = med(runs.map((r) => r.warm));
  const rss = Math.max(...runs.map((r) => r.maxRssMb));
  console.log(
    `export: ${cases} finished cases, frame 100,000: first export in a process ${cold.toFixed(0)} ms, warm ${warm.toFixed(0)} ms (medians of 3 processes), ${runs[0].bytes} bytes, peak RSS ${rss.toFixed(0)} MB`,
  );
  console.log(
    JSON.stringify({
      bench: 'export',
      cases,
      frame: 100_000,
      coldMs: Math.round(cold),
      warmMs: Math.round(warm),
      peakRssMb: Math.round(rss),
      bytes: runs[0].bytes,
      node: process.version,
      cores: os.cpus().length,
    }),
  );
  if (!process.env.KEEP_DB) for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true });
}
