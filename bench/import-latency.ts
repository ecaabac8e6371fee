/**
 * Other pages' latency while a 1,000,000-row csv frame is previewed and imported (issue #16):
 * does the request thread keep answering while the heavy work runs?
 *
 * How: starts `next start` on the production build of SERVER_ROOT (default: this tree; set it to
 * a build of an older commit for the "before" figures) with a fresh SQLite file, one account with
 * a forged session cookie, and an empty study. Then, per phase (idle, preview, import), a prober
 * asks for a simple page (`/`, the studies list: session check + one query) one request at a
 * time, 20 ms apart, and records each answer's latency; the phase ends when the upload's answer is
 * complete. Before the phases, one small upload loads the route's code. Prints p50/p95/max per
 * phase, the probes over 300 ms, and a final JSON line.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sealData } from 'iron-session';
import { createDb } from '@/db/client';
import { insertStudy } from '@/db/queries/studies';
import { createSession } from '@/db/queries/sessions';
import { createUser } from '@/db/queries/users';
import { hashPasswordSync } from '@/lib/auth/password';
import { MAX_SESSION_MS, SESSION_COOKIE } from '@/lib/auth/session-policy';
import { freePort, waitForServer } from '../tests/support/next-server';

const ROWS = Number(process.env.ROWS ?? 1_000_000);
const PROBE_GAP_MS = 20;
const IDLE_S = 5;
const TARGET_P95_MS = 200;
const SESSION_SECRET = 'bench-import-latency-session-secret-0123456789';
const root = path.resolve(process.env.SERVER_ROOT ?? path.join(import.meta.dirname, '..'));
const DIST = process.env.NEXT_DIST_DIR || '.next';

function ensureBuild(): string {
  const id = path.join(root, DIST, 'BUILD_ID');
  if (!fs.existsSync(id))
    execFileSync('npx', ['next', 'build'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
  return `${root}/${DIST} (BUILD_ID ${fs.readFileSync(id, 'utf8').trim()}, built ${fs.statSync(id).mtime.toISOString()})`;
}

function frameCsv(rows: number): Buffer {
  const lines = ['dossiernummer;teamlid;team'];
  for (let i = 0; i < rows; i++) lines.push(`${String(i).padStart(7, '0')};Teamlid ${i % 400};Team ${i % 8}`);
  return Buffer.from(`${lines.join('\n')}\n`);
}

const pct = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;

interface Phase {
  phase: string;
  seconds: number;
  probes: number;
  p50: number;
  p95: number;
  max: number;
  outcome: string;
  slow: string[];
}

async function main() {
  const build = ensureBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-import-latency-'));
  const dbFile = path.join(dir, 'bench.db');
  const db = createDb(dbFile);
  const userId = createUser(
    db,
    {
      username: 'bench',
      displayName: 'Bench',
      passwordHash: hashPasswordSync('bench-wachtwoord'),
      isAdmin: true,
      mustChangePassword: false,
    },
    'bench',
  );
  const studyId = insertStudy(
    db,
    { name: 'Bench', municipality: 'Groningen', year: 2018, households: null, clients: null },
    'bench',
  );
  const cookie = `${SESSION_COOKIE}=${await sealData({ sid: createSession(db, userId) }, { password: SESSION_SECRET, ttl: MAX_SESSION_MS / 1000 })}`;
  db.$client.close();

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let log = '';
  const child = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: root,
    detached: true,
    env: { ...process.env, DOSSIER_DB: dbFile, NEXT_TELEMETRY_DISABLED: '1', SESSION_SECRET, DOSSIER_DEMO: '0' },
  });
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const headers = { cookie, origin: base };
  try {
    await waitForServer(`${base}/inloggen`, child, () => log);
    const probeOnce = async () => {
      const t = performance.now();
      // A kept-alive socket the server closed meanwhile (its keep-alive timeout passes while it is
      // blocked) resets once; the retry's time counts in the same probe.
      const res = await fetch(`${base}/`, { headers }).catch(() => fetch(`${base}/`, { headers }));
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`probe: HTTP ${res.status}`);
      return performance.now() - t;
    };
    for (let i = 0; i < 20; i++) await probeOnce(); // warm-up: compile caches, first db connection
    // The upload route's code is loaded on its first request (about 1 s on the request thread): load
    // it now with a one-row preview, so the phases measure a server that has handled an upload before.
    const tiny = new FormData();
    tiny.set('bestand', new Blob(['dossiernummer;teamlid;team\n1;a;T\n']), 'een.csv');
    await (
      await fetch(`${base}/api/onderzoeken/${studyId}/kader?stap=controleren`, { method: 'POST', body: tiny, headers })
    ).text();

    const csv = frameCsv(ROWS);
    console.log(
      `Server: ${build}\nFile: ${ROWS.toLocaleString('en')} rows, ${(csv.length / 2 ** 20).toFixed(1)} MB csv`,
    );
    const phases: Phase[] = [];
    const measure = async (phase: string, work: () => Promise<string>) => {
      const latencies: number[] = [];
      const slow: string[] = [];
      let running = true;
      const t0 = performance.now();
      const prober = (async () => {
        while (running) {
          const sentAt = (performance.now() - t0) / 1000;
          const ms = await probeOnce();
          latencies.push(ms);
          if (ms > 300) slow.push(`${ms.toFixed(0)} ms at ${sentAt.toFixed(1)} s`);
          await new Promise((r) => setTimeout(r, PROBE_GAP_MS));
        }
      })();
      const t = performance.now();
      const outcome = await work();
      const seconds = (performance.now() - t) / 1000;
      running = false;
      await prober;
      const s = [...latencies].sort((a, b) => a - b);
      const row = {
        phase,
        seconds: +seconds.toFixed(1),
        probes: s.length,
        p50: +pct(s, 50).toFixed(1),
        p95: +pct(s, 95).toFixed(1),
        max: +s[s.length - 1].toFixed(1),
        outcome,
        slow,
      };
      phases.push(row);
      console.log(
        `${phase.padEnd(8)} ${row.seconds.toFixed(1).padStart(6)} s  probes ${String(row.probes).padStart(4)}  p50 ${row.p50.toFixed(1).padStart(7)} ms  p95 ${row.p95.toFixed(1).padStart(7)} ms  max ${row.max.toFixed(1).padStart(7)} ms  ${outcome}`,
      );
      if (slow.length) console.log(`         probes over 300 ms: ${slow.join(', ')}`);
    };
    // The multipart body is encoded before the phases start, so the bench's own event loop (which
    // times the probes) does no heavy work while they run.
    const form = new FormData();
    form.set('bestand', new Blob([new Uint8Array(csv)]), 'miljoen.csv');
    const encoded = new Request('http://localhost/', { method: 'POST', body: form });
    const body = new Uint8Array(await encoded.arrayBuffer());
    const uploadHeaders = { ...headers, 'content-type': encoded.headers.get('content-type')! };
    const upload = async (step: string) => {
      const res = await fetch(`${base}/api/onderzoeken/${studyId}/kader?stap=${step}`, {
        method: 'POST',
        body,
        headers: uploadHeaders,
      });
      const last = JSON.parse((await res.text()).trim().split('\n').at(-1)!);
      return last.type === 'preview'
        ? `preview: ${last.preview.totalRows} rows, ${last.preview.errorCount} errors`
        : last.type === 'imported'
          ? `imported ${last.imported} rows`
          : `${last.type}: ${JSON.stringify(last).slice(0, 120)}`;
    };
    await measure('idle', async () => {
      await new Promise((r) => setTimeout(r, IDLE_S * 1000));
      return 'nothing else running';
    });
    await measure('preview', () => upload('controleren'));
    await measure('import', () => upload('importeren'));
    const worst = Math.max(...phases.filter((p) => p.phase !== 'idle').map((p) => p.p95));
    console.log(
      `p95 of the page while the import runs: ${worst.toFixed(1)} ms (target < ${TARGET_P95_MS} ms): ${worst < TARGET_P95_MS ? 'met' : 'NOT met'}`,
    );
    console.log(
      JSON.stringify({ bench: 'import-latency', rows: ROWS, serverRoot: root, phases, targetP95Ms: TARGET_P95_MS }),
    );
  } finally {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
    await new Promise((r) => setTimeout(r, 500));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
