import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { usePage } from './browser';
import { createDb, type Db } from '@/db/client';
import { insertStudy } from '@/db/queries/studies';
import { replaceFrame } from '@/db/queries/frame';
import { storeNewDraw } from '@/db/queries/sample-draws';
import { MAX_UPLOAD_BYTES } from '@/lib/import/limits';

const MB = 1024 * 1024;

/** A valid frame csv of about `mb` MB: dossiernummer, teamlid, team and a long ignored column. */
function frameCsv(rows: number, padding = 0): Buffer {
  const pad = 'x'.repeat(padding);
  const lines = [`dossiernummer;teamlid;team${padding ? ';opmerking' : ''}`];
  for (let i = 0; i < rows; i++) lines.push(`N${i};Teamlid ${i % 40};Team ${i % 4}${padding ? `;${pad}` : ''}`);
  return Buffer.from(`${lines.join('\n')}\n`);
}

describe('uploads: size limits, workers and cancellation under next start', () => {
  const page = usePage();
  const base = inject('baseURL');
  let db: Db;
  let studyId: number;
  let headers: Record<string, string>;
  const frameCount = () =>
    (db.$client.prepare('select count(*) n from frame_cases where study_id = ?').get(studyId) as { n: number }).n;
  const post = (url: string, data: Buffer, name: string, signal?: AbortSignal) => {
    const form = new FormData();
    form.set('bestand', new Blob([new Uint8Array(data)]), name);
    return fetch(`${base}${url}`, { method: 'POST', body: form, headers, signal });
  };

  beforeAll(async () => {
    db = createDb(inject('dbFile'));
    studyId = insertStudy(
      db,
      { name: 'E2E uploads', municipality: 'Groningen', year: 2018, households: null, clients: null },
      'e2e',
    );
    const cookie = (await page().context().cookies()).find((c) => c.name === 'dossieranalyse_sessie')!;
    headers = { cookie: `${cookie.name}=${cookie.value}`, origin: base };
  });
  afterAll(() => db.$client.close());

  it('a 20 MB frame reaches its route whole (the proxy no longer cuts it at 10 MB) and is previewed in a worker', async () => {
    const csv = frameCsv(90_000, 220);
    expect(csv.length).toBeGreaterThan(20 * MB);
    const res = await post(`/api/onderzoeken/${studyId}/kader?stap=controleren`, csv, 'groot.csv');
    expect(res.status).toBe(200);
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.at(-1)).toMatchObject({ type: 'preview', preview: { totalRows: 90_000, errorCount: 0 } });
  });

  it('a file over 60 MB gets the Dutch 413 message, on both upload routes', async () => {
    const big = Buffer.alloc(MAX_UPLOAD_BYTES + 2 * MB, 'a');
    const frame = await post(`/api/onderzoeken/${studyId}/kader?stap=controleren`, big, 'te-groot.csv');
    expect(frame.status).toBe(413);
    expect((await frame.json()).reason).toBe(
      'Het bestand is te groot (62 MB, maximaal 60 MB). Splits het bestand, of exporteer alleen de nodige kolommen als .csv.',
    );
    const tallies = await post(`/api/onderzoeken/${studyId}/turven`, big, 'te-groot.xlsx');
    expect(tallies.status).toBe(413);
    expect((await tallies.json()).errors[0].reason).toMatch(/^Het bestand is te groot \(62 MB, maximaal 60 MB\)/);
  });

  it('the import page says so before uploading a file over 60 MB', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'upload-')), 'te-groot.csv');
    fs.writeFileSync(file, Buffer.alloc(MAX_UPLOAD_BYTES + MB, 'a'));
    await page().goto(`/onderzoeken/${studyId}/kader`);
    await page().setInputFiles('#kaderbestand', file);
    await expect(page().getByRole('alert').first().textContent()).resolves.toMatch(
      /Het bestand is te groot \(61 MB, maximaal 60 MB\)/,
    );
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('the exports and the tally re-import run in workers under next start', async () => {
    const other = insertStudy(
      db,
      { name: 'E2E export', municipality: 'Groningen', year: 2018, households: null, clients: null },
      'e2e',
    );
    replaceFrame(
      db,
      other,
      Array.from({ length: 12 }, (_, i) => ({
        row: i + 2,
        dossiernummer: `E${i}`,
        teamlid: 'Anouk',
        team: 'Beijum',
        huishoudtype: null,
        startdatum: null,
        status: null,
      })),
      { fileName: 'x.csv', fileSha256: 'x', warnings: [] },
      'e2e',
    );
    storeNewDraw(db, { studyId: other, seed: 7, perCaseworker: 4, reserves: 1, actor: 'e2e' });
    const xlsx = await fetch(`${base}/api/onderzoeken/${other}/export`, { headers });
    expect(xlsx.status).toBe(200);
    const bytes = Buffer.from(await xlsx.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const csv = await fetch(`${base}/api/onderzoeken/${other}/export?formaat=csv`, { headers });
    expect(await csv.text()).toMatch(/^dossiernummer;/); // text() drops the BOM
    const template = await fetch(`${base}/api/onderzoeken/${other}/export?sjabloon=Anouk`, { headers });
    expect(template.status).toBe(200);
    const audit = await fetch(`${base}/api/onderzoeken/${other}/audit`, { headers });
    expect(audit.status).toBe(200);
    expect(
      Buffer.from(await audit.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const back = await post(`/api/onderzoeken/${other}/turven`, bytes, 'steekproefbestand.xlsx');
    expect(await back.json()).toEqual({ ok: true, cases: 0, answers: 0 });
  });

  it('a client that goes away stops its import: nothing is stored and the server keeps answering', async () => {
    const stop = new AbortController();
    const res = await post(
      `/api/onderzoeken/${studyId}/kader?stap=importeren`,
      frameCsv(1_000_000),
      'miljoen.csv',
      stop.signal,
    );
    const reader = res.body!.getReader();
    await reader.read(); // the first progress line: the worker is busy with the file
    stop.abort();
    await new Promise((r) => setTimeout(r, 15_000)); // longer than the import would take
    expect(frameCount()).toBe(0);
    expect((await fetch(`${base}/inloggen`)).status).toBe(200);
  }, 90_000);
});
