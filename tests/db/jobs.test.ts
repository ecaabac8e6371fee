import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobPool, JobStopped } from '@/lib/jobs/pool';
import { createDb, type Db } from '@/db/client';
import { insertStudy } from '@/db/queries/studies';
import { createSession, resolveSession } from '@/db/queries/sessions';
import { createUser } from '@/db/queries/users';
import Database from 'better-sqlite3';
import { jobPool, runJob } from '@/db/jobs/run';
import { xlsxZipBomb } from '../fixtures/zip-bomb';
import { csvBuffer } from '../fixtures/frame-files';

const root = process.cwd();
const entry = path.join(root, 'lib', 'jobs', 'worker-entry.mjs');

describe('the worker pool', () => {
  const pool = new JobPool({
    entry,
    handlers: path.join(root, 'tests', 'support', 'job-handlers.ts'),
    size: 2,
    heapMb: 96,
    timeoutMs: 60_000,
  });
  afterAll(() => pool.close());

  it('runs a job in another thread', async () => {
    const t = await pool.run<number>('thread', {});
    expect(t).not.toBe(threadId);
  });

  it('stops a job whose client went away, and the next job gets a fresh worker', async () => {
    const stop = new AbortController();
    const started = Date.now();
    const job = pool.run('spin', { ms: 20_000 }, { signal: stop.signal, onProgress: () => stop.abort() });
    await expect(job).rejects.toMatchObject({ reason: 'cancelled' });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await pool.run('spin', { ms: 1 })).toBe('done');
  });

  it('a job that needs more heap than allowed stops its worker, not the process', async () => {
    const err: JobStopped = await pool.run<never>('grow', { mb: 1_000 }).catch((e: JobStopped) => e);
    expect(err).toBeInstanceOf(JobStopped);
    expect(err.reason).toBe('crashed');
    expect(await pool.run('spin', { ms: 1 })).toBe('done');
  });

  it('a job still waiting for a worker is dropped when its client goes away', async () => {
    const busy = [pool.run('spin', { ms: 1_500 }), pool.run('spin', { ms: 1_500 })];
    const stop = new AbortController();
    const waiting = pool.run('spin', { ms: 1 }, { signal: stop.signal });
    stop.abort();
    await expect(waiting).rejects.toMatchObject({ reason: 'cancelled' });
    expect(await Promise.all(busy)).toEqual(['done', 'done']);
  });
});

describe('the real jobs, on a database file shared with the request thread', () => {
  let dir: string;
  let db: Db;
  let studyId: number;
  const previous = process.env.DOSSIER_DB;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jobs-'));
    process.env.DOSSIER_DB = path.join(dir, 'db.sqlite');
    db = createDb(process.env.DOSSIER_DB);
    studyId = insertStudy(db, { name: 'T', municipality: 'G', year: 2018, households: null, clients: null }, 't');
  });
  afterAll(async () => {
    await jobPool().close();
    db.$client.close();
    process.env.DOSSIER_DB = previous;
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const frameCount = () =>
    (db.$client.prepare('select count(*) n from frame_cases where study_id = ?').get(studyId) as { n: number }).n;

  it('previews and imports a frame in a worker; the request thread sees the rows', async () => {
    const data = csvBuffer(['dossiernummer;teamlid;team', '001;Anouk;Beijum', '002;Anouk;Beijum']);
    const preview = await runJob('frame.preview', { studyId, data: new Uint8Array(data), fileName: 'k.csv' });
    expect(preview).toMatchObject({ type: 'preview', preview: { totalRows: 2, errorCount: 0, lockedReason: null } });
    const imported = await runJob('frame.import', {
      studyId,
      data: new Uint8Array(data),
      fileName: 'k.csv',
      actor: 't',
    });
    expect(imported).toEqual({ type: 'imported', imported: 2, warnings: [] });
    expect(frameCount()).toBe(2);
  });

  it('a cancelled import stores nothing', async () => {
    const lines = ['dossiernummer;teamlid;team', ...Array.from({ length: 300_000 }, (_, i) => `N${i};w${i % 50};T`)];
    const stop = new AbortController();
    const job = runJob(
      'frame.import',
      { studyId, data: new Uint8Array(csvBuffer(lines)), fileName: 'groot.csv', actor: 't' },
      { signal: stop.signal, onProgress: () => stop.abort() },
    );
    await expect(job).rejects.toMatchObject({ reason: 'cancelled' });
    expect(frameCount()).toBe(2);
  });

  it('a page view never waits for the write lock a worker holds during an import (the session touch is skipped)', () => {
    const userId = createUser(
      db,
      { username: 'lock', displayName: 'L', passwordHash: 'x', isAdmin: false, mustChangePassword: false },
      't',
    );
    const sid = createSession(db, userId);
    const worker = new Database(process.env.DOSSIER_DB!); // stands in for the worker's connection
    worker.prepare('begin immediate').run();
    try {
      const later = Date.now() + 2 * 60_000; // past the touch interval
      const started = Date.now();
      expect(resolveSession(db, sid, later)).toMatchObject({ state: 'active' });
      expect(Date.now() - started).toBeLessThan(2_000); // busy_timeout is 5 s: it did not wait for it
    } finally {
      worker.prepare('rollback').run();
      worker.close();
    }
    expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('the tally re-import refuses a zip bomb in the worker, with a Dutch message', async () => {
    const bomb = new Uint8Array(xlsxZipBomb({ inflatedBytes: 4 * 1024 ** 3, declare: 'lie' }));
    const r = await runJob('tally.import', { studyId, data: bomb, actor: 't' }, { transfer: [bomb.buffer] });
    expect(r).toMatchObject({ ok: false, errors: [{ reason: expect.stringMatching(/zip-bom/) }] });
  });
});
