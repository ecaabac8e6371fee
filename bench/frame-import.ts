/**
 * Frame import of a 100,000-row xlsx (dossiernummer, teamlid, team, startdatum) against the
 * baseline of issue #2: exceljs's streaming reader alone reading the same file, plus a plain
 * better-sqlite3 insert of the same rows into the same table. Runs alternate, side by side.
 *
 *   npm run bench:import            (7 rounds; ROUNDS=n to change)
 * Peak memory is measured in a child process per variant (maxRSS of a process that does only that).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { createDb } from '@/db/client';
import { importFrameFile } from '@/db/queries/frame';
import { insertStudy } from '@/db/queries/studies';
import { XLSX_READER_OPTIONS } from '@/lib/import/read-xlsx';
import { largeXlsx } from '../tests/fixtures/frame-files';

const ROWS = 100_000;
const tmp = path.join(import.meta.dirname, '.tmp');
const xlsxFile = path.join(tmp, `frame-${ROWS}.xlsx`);

function freshDb() {
  const file = path.join(tmp, `bench-${process.pid}-${Math.random().toString(36).slice(2)}.db`);
  const db = createDb(file);
  const studyId = insertStudy(
    db,
    { name: 'bench', municipality: 'x', year: 2018, households: null, clients: null },
    'bench',
  );
  return {
    db,
    studyId,
    cleanup: () => {
      db.$client.close();
      for (const s of ['', '-wal', '-shm']) fs.rmSync(file + s, { force: true });
    },
  };
}

async function baseline(data: Buffer): Promise<number> {
  const { db, studyId, cleanup } = freshDb();
  const t0 = performance.now();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([data]), XLSX_READER_OPTIONS);
  const rows: unknown[][] = [];
  for await (const ws of reader) {
    for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) rows.push((row.values as unknown[]).slice(1));
  }
  // The same table; teams/caseworkers pre-created, as a plain insert cannot derive them.
  const team = Number(
    db.$client.prepare('insert into teams (study_id, name) values (?, ?)').run(studyId, 't').lastInsertRowid,
  );
  const worker = Number(
    db.$client.prepare('insert into caseworkers (study_id, name) values (?, ?)').run(studyId, 'w').lastInsertRowid,
  );
  const insert = db.$client.prepare(
    'insert into frame_cases (study_id, dossiernummer, caseworker_id, team_id, household_type, start_date, status, source_row) values (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  db.$client.transaction(() => {
    rows
      .slice(1)
      .forEach((r, i) =>
        insert.run(
          studyId,
          String(r[0]),
          worker,
          team,
          null,
          r[3] instanceof Date ? r[3].toISOString().slice(0, 10) : null,
          null,
          i + 2,
        ),
      );
  })();
  const ms = performance.now() - t0;
  cleanup();
  return ms;
}

async function ours(data: Buffer): Promise<number> {
  const { db, studyId, cleanup } = freshDb();
  const t0 = performance.now();
  const result = await importFrameFile(db, { studyId, data, fileName: 'frame.xlsx', actor: 'bench' });
  const ms = performance.now() - t0;
  if (!result.ok || result.imported !== ROWS)
    throw new Error(`import failed: ${JSON.stringify(result.ok ? result.imported : result.errors.slice(0, 3))}`);
  cleanup();
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  fs.mkdirSync(tmp, { recursive: true });
  if (!fs.existsSync(xlsxFile)) await largeXlsx(xlsxFile, ROWS);
  const data = fs.readFileSync(xlsxFile);
  const mode = process.argv[2];
  if (mode === '--peak-ours' || mode === '--peak-baseline') {
    await (mode === '--peak-ours' ? ours : baseline)(data);
    console.log(JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024 }));
    return;
  }
  const rounds = Number(process.env.ROUNDS ?? 7);
  await baseline(data); // warm-up both paths once
  await ours(data);
  const b: number[] = [];
  const o: number[] = [];
  for (let i = 0; i < rounds; i++) {
    b.push(await baseline(data));
    o.push(await ours(data));
  }
  const peak = (flag: string) =>
    JSON.parse(
      execFileSync('npx', ['tsx', '--conditions=react-server', import.meta.filename, flag], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .pop()!,
    ).maxRssMb as number;
  const result = {
    bench: 'frame-import',
    rows: ROWS,
    fileMb: +(data.length / 1048576).toFixed(2),
    rounds,
    baselineMedianMs: Math.round(median(b)),
    oursMedianMs: Math.round(median(o)),
    ratio: +(median(o) / median(b)).toFixed(3),
    peakRssMbOurs: Math.round(peak('--peak-ours')),
    peakRssMbBaseline: Math.round(peak('--peak-baseline')),
    node: process.version,
    cpu: os.cpus()[0]?.model,
    cores: os.cpus().length,
  };
  console.log(`baseline runs ms: ${b.map(Math.round).join(', ')}`);
  console.log(`ours runs ms:     ${o.map(Math.round).join(', ')}`);
  console.log(JSON.stringify(result));
}

await main();
