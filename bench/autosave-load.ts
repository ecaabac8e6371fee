/**
 * Autosave under load (issue #4): 20 simulated interviewers on loopback, each saving answers
 * continuously through the real server action, against the production build (`next start`).
 * Target: p95 round trip < 50 ms and zero lost writes, checked in the database afterwards.
 *
 *   npx tsx --conditions=react-server bench/autosave-load.ts
 *   (INTERVIEWERS=20, DURATION_S=20, WARMUP_S=3, THINK_MS=0; BREAKDOWN=0 skips the breakdown;
 *    PROFILE_DIR=dir writes a CPU profile of the server)
 *
 * How: builds the app if `.next/BUILD_ID` is missing (otherwise reuses the build), seeds a fresh
 * SQLite file with the app's own db code (one study, the demo frame, a draw of 12 per caseworker),
 * starts `next start` on 127.0.0.1 and a free port, and lets each interviewer own one sampled case.
 * Every interviewer loops: one request of 1–3 changed keys with the baseRevision it last saw, as
 * the browser's autosave engine does (POST to the case page with the `Next-Action` header, body =
 * the React-encoded arguments), waits for the answer, records the round trip and sends the next
 * one at once (closed loop, no think time: far more than 20 people typing). Afterwards every
 * acknowledged value and revision is compared with what the database holds, and the answer.save
 * audit entries are counted. A lost write, a non-'saved' outcome or a failed request exits 1; a
 * p95 above 50 ms is reported, not failed. The breakdown then times the same saves in-process
 * (saveAnswers only, no HTTP) and the same action over HTTP with a request the action refuses
 * before touching the database (Next's action overhead only).
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDb, type Db } from '@/db/client';
import { getAnswers, getInterviewItem, saveAnswers } from '@/db/queries/answers';
import { replaceFrame } from '@/db/queries/frame';
import { storeNewDraw } from '@/db/queries/sample-draws';
import { listDrawItems } from '@/db/queries/sample-items';
import { insertStudy } from '@/db/queries/studies';
import { demoFrameRows } from '@/db/seed';
import { createSession } from '@/db/queries/sessions';
import { createUser } from '@/db/queries/users';
import { hashPasswordSync } from '@/lib/auth/password';
import { MAX_SESSION_MS, SESSION_COOKIE } from '@/lib/auth/session-policy';
import { sealData } from 'iron-session';
import { DEFAULT_LIFE_DOMAINS } from '@/lib/codebook/defaults';
import type { AnswerChange, SaveRequest, SaveResponse } from '@/lib/autosave/types';
import { freePort, waitForServer } from '../tests/support/next-server';

const INTERVIEWERS = Number(process.env.INTERVIEWERS ?? 20);
const DURATION_S = Number(process.env.DURATION_S ?? 20);
const WARMUP_S = Number(process.env.WARMUP_S ?? 3);
const THINK_MS = Number(process.env.THINK_MS ?? 0);
const BREAKDOWN = process.env.BREAKDOWN !== '0';
const TARGET_P95_MS = 50;
const REQUEST_TIMEOUT_MS = 10_000;

const root = path.resolve(import.meta.dirname, '..');
/** The server seals and the bench forges session cookies with this key (as SESSION_SECRET). */
const SESSION_SECRET = 'bench-autosave-session-secret-0123456789abcdef';
/** Per case page: the cookie of that interviewer's own logged-in session (issue #5: every save checks it). */
const COOKIES = new Map<string, string>();
const ACTION_FILE = 'app/onderzoeken/[id]/interviews/actions.ts';
/** The build folder (next.config.js honours NEXT_DIST_DIR too). */
const DIST = process.env.NEXT_DIST_DIR || '.next';

// ---------- server: build, start, stop (as tests/e2e/global-setup.ts) ----------

function ensureBuild(): string {
  const buildIdFile = path.join(root, DIST, 'BUILD_ID');
  if (fs.existsSync(buildIdFile)) {
    const builtAt = fs.statSync(buildIdFile).mtime;
    const newer = [
      ACTION_FILE,
      'db/queries/answers.ts',
      'lib/interview/answer-keys.ts',
      'lib/codebook/schema.ts',
    ].filter((f) => fs.statSync(path.join(root, f)).mtime > builtAt);
    const note = newer.length ? ` (note: ${newer.join(', ')} changed after that build)` : '';
    return `reused .next (BUILD_ID ${fs.readFileSync(buildIdFile, 'utf8').trim()}, built ${builtAt.toISOString()})${note}`;
  }
  execFileSync('npx', ['next', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  return 'built now with `npx next build` (.next/BUILD_ID was missing)';
}

function startServer(port: number, dbFile: string) {
  let output = '';
  // PROFILE_DIR=dir: run next directly under node --cpu-prof (written when the server exits).
  const profile = process.env.PROFILE_DIR
    ? [
        '--cpu-prof',
        `--cpu-prof-dir=${path.resolve(process.env.PROFILE_DIR)}`,
        path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'),
      ]
    : null;
  const child = spawn(
    profile ? process.execPath : 'npx',
    [...(profile ?? ['next']), 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd: root,
      env: { ...process.env, DOSSIER_DB: dbFile, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1', SESSION_SECRET },
      detached: true,
    },
  );
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  /** Stops the whole process group and waits (at most 10 s) until npx has exited. */
  const stop = async () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  };
  return { child, stop, log: () => output };
}

/** The action id Next assigned to saveAnswersAction, and the page worker(s) that hold it. */
function findActionId(): { id: string; workers: string[] } {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(root, DIST, 'server', 'server-reference-manifest.json'), 'utf8'),
  ) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  const hits = Object.entries(manifest.node).filter(
    ([, v]) => v.filename === ACTION_FILE && v.exportedName === 'saveAnswersAction',
  );
  if (hits.length !== 1)
    throw new Error(`expected one saveAnswersAction in server-reference-manifest.json, found ${hits.length}`);
  return { id: hits[0][0], workers: Object.keys(hits[0][1].workers) };
}

// ---------- seeding, with the app's own db code ----------

interface Case {
  sampleItemId: number;
  caseworkerId: number;
  caseworker: string;
  pageUrl: string;
}

/** One researcher account and one session per case, as if each interviewer had logged in. */
async function logIn(dbFile: string, cases: Case[]): Promise<void> {
  const db = createDb(dbFile);
  try {
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
    for (const c of cases) {
      const sealed = await sealData(
        { sid: createSession(db, userId) },
        { password: SESSION_SECRET, ttl: MAX_SESSION_MS / 1000 },
      );
      COOKIES.set(c.pageUrl, `${SESSION_COOKIE}=${sealed}`);
    }
  } finally {
    db.$client.close();
  }
}

function seed(dbFile: string): { studyId: number; cases: Case[]; spare: Case[] } {
  const db = createDb(dbFile);
  try {
    const studyId = insertStudy(
      db,
      {
        name: 'Bench: autosave onder belasting',
        municipality: 'Groningen',
        year: 2018,
        households: 2500,
        clients: 3100,
      },
      'bench',
    );
    replaceFrame(
      db,
      studyId,
      demoFrameRows(),
      { fileName: 'demo (synthetisch)', fileSha256: 'demo', warnings: [] },
      'bench',
    );
    const draw = storeNewDraw(db, { studyId, seed: 2018, perCaseworker: 12, reserves: 3, actor: 'bench' });
    // One case per caseworker first (position 1 of each), then position 2, …: interviewer i owns case i.
    const items = listDrawItems(db, draw.id)
      .filter((i) => i.role === 'sample')
      .sort((a, b) => a.position - b.position || a.caseworker.localeCompare(b.caseworker));
    const all = items.map((i) => {
      const item = getInterviewItem(db, studyId, i.id)!;
      return {
        sampleItemId: i.id,
        caseworkerId: item.caseworkerId,
        caseworker: i.caseworker,
        pageUrl: `/onderzoeken/${studyId}/interviews/${item.caseworkerId}/${i.id}`,
      };
    });
    if (all.length < INTERVIEWERS + 1)
      throw new Error(`only ${all.length} sampled cases for ${INTERVIEWERS} interviewers`);
    return { studyId, cases: all.slice(0, INTERVIEWERS), spare: all.slice(INTERVIEWERS) };
  } finally {
    db.$client.close();
  }
}

// ---------- what an interviewer types ----------

const DOMAINS = DEFAULT_LIFE_DOMAINS.map((d) => d.code);
const NOTES = [
  'Gesprek gevoerd met het teamlid',
  'schuldhulp ingezet',
  'huur achterstand opgelost',
  'contact met school',
  'afspraken over dagbesteding',
  'netwerk betrokken',
];

type Gen = (rnd: () => number, n: number) => unknown;
const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
const int =
  (lo: number, hi: number): Gen =>
  (rnd) =>
    lo + Math.floor(rnd() * (hi - lo + 1));
const choice =
  (...codes: string[]): Gen =>
  (rnd) =>
    pick(rnd, codes);

/** Answerable keys of codebook v1 with realistic values (all valid: a rejection is a bench failure). */
const KEYS: Record<string, Gen> = {
  A1: choice('gezin', 'oudere', 'overig'),
  A2: choice('alleenstaand', 'paar_zonder_kinderen', 'paar_met_kinderen', 'eenoudergezin', 'overig'),
  A3: int(0, 15),
  A4: choice('werk', 'uitkering', 'pensioen', 'geen', 'onbekend'),
  A5: choice('ja', 'nee', 'onbekend'),
  A8: choice('ja', 'nee'),
  A11: (rnd) => `2018-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}`,
  E1: int(0, 500),
  E2: choice('ja', 'nee'),
  E4: int(0, 120),
  // A note that grows as it is typed; the request counter keeps each value distinct.
  F1: (rnd, n) => `${pick(rnd, NOTES)}; ${pick(rnd, NOTES)} (stand ${n}).`,
  ...Object.fromEntries(
    DOMAINS.flatMap((d) => [
      [`B.${d}.aanvang`, choice('ja', 'nee')],
      [`B.${d}.nu`, choice('ja', 'nee')],
      [`B.${d}.aanvang_zrm`, int(1, 5)],
    ]),
  ),
};
const KEY_NAMES = Object.keys(KEYS);

/** Small deterministic PRNG (mulberry32), one stream per interviewer. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------- the server action over HTTP, as the browser calls it ----------

class ActionError extends Error {}

/** Keep-alive connections, one per interviewer at a time, as each browser keeps its own. Plain node:http: undici's fetch cost the load generator ≈ 3–4 ms CPU per request on the same 2 cores. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/**
 * POST to the case page the browser is on, with `Next-Action`. That page's worker holds the action
 * (server-reference-manifest `workers`); any other page would make Next forward the request to
 * it over HTTP (selectWorkerForForwarding), one more hop. The body is what React's encodeReply
 * makes of plain JSON arguments (JSON text; strings starting with '$' would be escaped as '$$',
 * ours never do). `Origin` is sent as a browser does (Next's CSRF check compares it with `Host`).
 * Not sent: `Next-Router-State-Tree`, which only matters when the action revalidates and the page
 * is rendered along (this one never does). The answer is React Flight text: row 0 is Next's
 * envelope `{"a":"$@1",…}`, the action's return value is the row it points to.
 */
async function callAction(
  baseURL: string,
  actionId: string,
  pageUrl: string,
  args: unknown[],
): Promise<{ value: unknown; raw: string }> {
  const body = Buffer.from(JSON.stringify(args));
  const { status, contentType, raw } = await new Promise<{ status: number; contentType: string; raw: string }>(
    (resolve, reject) => {
      const req = http.request(
        baseURL + pageUrl,
        {
          method: 'POST',
          agent,
          timeout: REQUEST_TIMEOUT_MS,
          headers: {
            Accept: 'text/x-component',
            'Next-Action': actionId,
            'Content-Type': 'text/plain;charset=UTF-8',
            'Content-Length': body.length,
            Origin: baseURL,
            Cookie: COOKIES.get(pageUrl) ?? '',
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              contentType: res.headers['content-type'] ?? '',
              raw: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)));
      req.on('error', reject);
      req.end(body);
    },
  );
  if (status !== 200 || !contentType.startsWith('text/x-component'))
    throw new ActionError(`HTTP ${status} ${contentType}: ${raw.slice(0, 300)}`);
  return { value: parseActionResult(raw), raw };
}

function parseActionResult(raw: string): unknown {
  const rows = new Map<string, string>();
  for (const line of raw.split('\n')) {
    const m = /^([0-9a-f]+):(.*)$/.exec(line);
    if (m) rows.set(m[1], m[2]);
  }
  const envelope = rows.get('0');
  if (!envelope) throw new ActionError(`no row 0 in action response: ${raw.slice(0, 300)}`);
  const ref = (JSON.parse(envelope) as { a?: unknown }).a;
  if (typeof ref !== 'string' || !ref.startsWith('$@'))
    throw new ActionError(`unexpected envelope: ${envelope.slice(0, 300)}`);
  const row = rows.get(ref.slice(2));
  if (row === undefined) throw new ActionError(`action result row ${ref} missing: ${raw.slice(0, 300)}`);
  if (row.startsWith('E')) throw new ActionError(`action threw: ${row.slice(0, 300)}`);
  return JSON.parse(row);
}

// ---------- one interviewer ----------

interface KeyState {
  revision: number;
  value: unknown;
  acked: number;
}

interface Interviewer {
  case: Case;
  keys: Map<string, KeyState>;
  latencies: number[];
  requests: number;
  requestErrors: number;
  conflicts: number;
  rejected: number;
  notOk: number;
  failures: string[];
}

async function interview(
  me: Interviewer,
  seedNo: number,
  baseURL: string,
  actionId: string,
  studyId: number,
  until: number,
  record: boolean,
) {
  const rnd = rng(seedNo * 7919 + (record ? 1 : 0));
  while (performance.now() < until) {
    const count = 1 + Math.floor(rnd() * 3);
    const chosen = new Set<string>();
    while (chosen.size < count) chosen.add(pick(rnd, KEY_NAMES));
    const changes: AnswerChange[] = [...chosen].map((key) => ({
      key,
      value: KEYS[key](rnd, me.requests),
      baseRevision: me.keys.get(key)?.revision ?? 0,
    }));
    const request: SaveRequest = { sampleItemId: me.case.sampleItemId, changes };
    const t0 = performance.now();
    let response: SaveResponse;
    try {
      response = (await callAction(baseURL, actionId, me.case.pageUrl, [studyId, request])).value as SaveResponse;
    } catch (err) {
      // The write may or may not have landed: the tracked revisions are no longer trustworthy.
      me.requestErrors++;
      me.failures.push(`request ${me.requests + 1}: ${(err as Error).message}`);
      return;
    }
    const ms = performance.now() - t0;
    me.requests++;
    if (record) me.latencies.push(ms);
    if (!response.ok) {
      me.notOk++;
      me.failures.push(`request ${me.requests}: ok:false ${response.message}`);
      continue;
    }
    for (const change of changes) {
      const outcome = response.outcomes.find((o) => o.key === change.key);
      if (outcome?.status === 'saved') {
        const state = me.keys.get(change.key) ?? { revision: 0, value: null, acked: 0 };
        if (outcome.revision !== change.baseRevision + 1)
          me.failures.push(`${change.key}: revision ${outcome.revision} after base ${change.baseRevision}`);
        me.keys.set(change.key, { revision: outcome.revision, value: change.value, acked: state.acked + 1 });
      } else if (outcome?.status === 'conflict') {
        me.conflicts++;
        me.failures.push(
          `${change.key}: conflict (server revision ${outcome.serverRevision}, ours ${change.baseRevision})`,
        );
      } else {
        me.rejected++;
        me.failures.push(`${change.key}: ${outcome ? `rejected: ${outcome.message}` : 'no outcome'}`);
      }
    }
    if (THINK_MS > 0) await new Promise((r) => setTimeout(r, THINK_MS));
  }
}

// ---------- figures ----------

function quantile(sorted: number[], q: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] : NaN;
}
const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;

function summary(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  return {
    n: s.length,
    p50: r1(quantile(s, 0.5)),
    p95: r1(quantile(s, 0.95)),
    p99: r1(quantile(s, 0.99)),
    max: r1(s[s.length - 1] ?? NaN),
  };
}

/** Every acknowledged value and revision must be in the database; one answer.save audit entry per acknowledged write. */
function verify(db: Db, interviewers: Interviewer[]) {
  let lostWrites = 0;
  let storedAnswers = 0;
  let expectedAnswers = 0;
  let storedRevisions = 0;
  let ackedWrites = 0;
  let auditEntries = 0;
  const problems: string[] = [];
  const auditCount = db.$client.prepare(
    "select count(*) as n from audit_log where action = 'answer.save' and entity_id = ?",
  );
  for (const me of interviewers) {
    const stored = getAnswers(db, me.case.sampleItemId);
    storedAnswers += Object.keys(stored).length;
    expectedAnswers += me.keys.size;
    for (const [key, state] of me.keys) {
      const row = stored[key];
      ackedWrites += state.acked;
      storedRevisions += row?.revision ?? 0;
      const audits = (auditCount.get(`${me.case.sampleItemId}:${key}`) as { n: number }).n;
      auditEntries += audits;
      if (!row) {
        lostWrites += state.acked;
        problems.push(`case ${me.case.sampleItemId} ${key}: acknowledged ${state.acked}×, not stored`);
        continue;
      }
      // Writes missing from the revision count; a wrong last value is at least one lost write.
      const sameValue = JSON.stringify(row.value) === JSON.stringify(state.value);
      lostWrites += Math.max(state.acked - row.revision, sameValue ? 0 : 1, 0);
      if (!sameValue)
        problems.push(
          `case ${me.case.sampleItemId} ${key}: stored ${JSON.stringify(row.value)}, last acknowledged ${JSON.stringify(state.value)}`,
        );
      if (row.revision !== state.acked || row.revision !== state.revision)
        problems.push(
          `case ${me.case.sampleItemId} ${key}: stored revision ${row.revision}, acknowledged ${state.acked}× (last revision ${state.revision})`,
        );
      if (audits !== state.acked)
        problems.push(
          `case ${me.case.sampleItemId} ${key}: ${audits} audit entries for ${state.acked} acknowledged writes`,
        );
    }
    for (const key of Object.keys(stored))
      if (!me.keys.has(key)) problems.push(`case ${me.case.sampleItemId} ${key}: stored but never acknowledged`);
  }
  return { lostWrites, storedAnswers, expectedAnswers, storedRevisions, ackedWrites, auditEntries, problems };
}

// ---------- breakdown: where the round trip goes ----------

/** saveAnswers alone, in-process on the same database, same request mix, one at a time. */
function timeSaveAnswersInProcess(dbFile: string, studyId: number, spare: Case[], seconds: number) {
  const db = createDb(dbFile);
  try {
    const rnd = rng(4242);
    const revisions = new Map<string, number>();
    for (const c of spare)
      for (const [key, a] of Object.entries(getAnswers(db, c.sampleItemId)))
        revisions.set(`${c.sampleItemId}:${key}`, a.revision);
    const ms: number[] = [];
    const until = performance.now() + seconds * 1000;
    for (let n = 0; performance.now() < until; n++) {
      const c = spare[n % Math.min(spare.length, INTERVIEWERS)];
      const count = 1 + Math.floor(rnd() * 3);
      const chosen = new Set<string>();
      while (chosen.size < count) chosen.add(pick(rnd, KEY_NAMES));
      const changes = [...chosen].map((key) => ({
        key,
        value: KEYS[key](rnd, n),
        baseRevision: revisions.get(`${c.sampleItemId}:${key}`) ?? 0,
      }));
      const t0 = performance.now();
      const res = saveAnswers(db, { studyId, sampleItemId: c.sampleItemId, changes, actor: 'bench (in-process)' });
      ms.push(performance.now() - t0);
      if (!res.ok) throw new Error(`in-process save refused: ${res.message}`);
      for (const o of res.outcomes) {
        if (o.status !== 'saved') throw new Error(`in-process save: ${JSON.stringify(o)}`);
        revisions.set(`${c.sampleItemId}:${o.key}`, o.revision);
      }
    }
    return summary(ms);
  } finally {
    db.$client.close();
  }
}

/** The same action over HTTP with a request it refuses before any database work (studyId not an integer). */
async function timeActionOverhead(
  baseURL: string,
  actionId: string,
  cases: Case[],
  concurrency: number,
  seconds: number,
) {
  const ms: number[] = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    cases.slice(0, concurrency).map(async (c) => {
      while (performance.now() < until) {
        const t0 = performance.now();
        const { value } = await callAction(baseURL, actionId, c.pageUrl, [
          0.5,
          { sampleItemId: c.sampleItemId, changes: [] },
        ]);
        ms.push(performance.now() - t0);
        if ((value as SaveResponse).ok !== false) throw new Error(`expected ok:false, got ${JSON.stringify(value)}`);
      }
    }),
  );
  return { ...summary(ms), perSecond: r1(ms.length / seconds) };
}

/** CPU time (ms) used so far by the server's process group (npx, next start, its workers); Linux only. */
const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
  } catch {
    return 100;
  }
})();
function groupCpuMs(pgid: number): number | null {
  if (process.platform !== 'linux') return null;
  let ticks = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // f[0] = field 3 (state)
      if (Number(f[2]) === pgid) ticks += Number(f[11]) + Number(f[12]); // pgrp, utime, stime
    } catch {
      /* gone */
    }
  }
  return (ticks * 1000) / CLK_TCK;
}
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

// ---------- main ----------

async function main() {
  if (path.resolve(process.cwd()) !== root)
    throw new Error(
      `run from the repository root (${root}); db/client finds its migrations from the working directory`,
    );
  const cpus = os.cpus();
  const machine = {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    memGiB: r1(os.totalmem() / 2 ** 30),
  };
  const loadBefore = os.loadavg().map(r2);
  console.log(
    `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memGiB} GiB, Node ${machine.node}, ${machine.os}; load average before: ${loadBefore.join(' ')}`,
  );

  console.log(`build: ${ensureBuild()}`);
  const buildId = fs.readFileSync(path.join(root, DIST, 'BUILD_ID'), 'utf8').trim();
  const action = findActionId();
  console.log(`saveAnswersAction: id ${action.id}, in worker(s) ${action.workers.join(', ')}`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-autosave-'));
  const dbFile = path.join(dir, 'bench.db');
  const server = { stop: async () => {} };
  const onSignal = () => {
    void server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let failed = false;
  try {
    const { studyId, cases, spare } = seed(dbFile);
    await logIn(dbFile, [...cases, ...spare]);
    console.log(
      `seeded ${dbFile}: study ${studyId}, ${cases.length} interviewers, each on its own case (first: ${cases[0].pageUrl})`,
    );

    const port = await freePort();
    const started = startServer(port, dbFile);
    server.stop = started.stop;
    const baseURL = `http://127.0.0.1:${port}`;
    const t0 = performance.now();
    await waitForServer(baseURL, started.child, started.log);
    console.log(`next start answered on ${baseURL} after ${Math.round(performance.now() - t0)} ms`);

    // One probe save first: shows the protocol works (DEBUG=1 prints the raw Flight response).
    const probe = await callAction(baseURL, action.id, spare[0].pageUrl, [
      studyId,
      { sampleItemId: spare[0].sampleItemId, changes: [{ key: 'E4', value: 7, baseRevision: 0 }] },
    ]);
    if (process.env.DEBUG) console.log(`probe response:\n${probe.raw}`);
    const probeValue = probe.value as SaveResponse;
    if (!probeValue.ok || probeValue.outcomes[0]?.status !== 'saved')
      throw new Error(`probe save failed: ${JSON.stringify(probeValue)}`);

    const interviewers: Interviewer[] = cases.map((c) => ({
      case: c,
      keys: new Map(),
      latencies: [],
      requests: 0,
      requestErrors: 0,
      conflicts: 0,
      rejected: 0,
      notOk: 0,
      failures: [],
    }));
    // Warm-up: same loop, same cases; its writes are verified too, its round trips are not counted.
    await Promise.all(
      interviewers.map((me, i) =>
        interview(me, i, baseURL, action.id, studyId, performance.now() + WARMUP_S * 1000, false),
      ),
    );
    const warmupRequests = interviewers.reduce((a, me) => a + me.requests, 0);
    const requestsBefore = interviewers.map((me) => me.requests);
    console.log(`warm-up: ${WARMUP_S} s, ${warmupRequests} requests`);

    const serverCpu0 = groupCpuMs(started.child.pid!);
    const clientCpu0 = cpuMs();
    const start = performance.now();
    await Promise.all(
      interviewers.map((me, i) => interview(me, i, baseURL, action.id, studyId, start + DURATION_S * 1000, true)),
    );
    const elapsedS = (performance.now() - start) / 1000;
    const serverCpu1 = groupCpuMs(started.child.pid!);
    const clientCpuMs = cpuMs() - clientCpu0;
    const serverCpuMs = serverCpu0 === null || serverCpu1 === null ? null : serverCpu1 - serverCpu0;
    const loadAfter = os.loadavg().map(r2);

    const latencies = interviewers.flatMap((me) => me.latencies);
    const stats = summary(latencies);
    const measuredRequests = interviewers.reduce((a, me, i) => a + me.requests - requestsBefore[i], 0);
    const perInterviewer = interviewers.map((me, i) => me.requests - requestsBefore[i]);
    const conflicts = interviewers.reduce((a, me) => a + me.conflicts, 0);
    const rejected = interviewers.reduce((a, me) => a + me.rejected, 0);
    const notOk = interviewers.reduce((a, me) => a + me.notOk, 0);
    const requestErrors = interviewers.reduce((a, me) => a + me.requestErrors, 0);
    const failures = interviewers.flatMap((me) => me.failures.map((f) => `interviewer ${me.case.sampleItemId}: ${f}`));

    // Stop the server first, so the check reads what was durably committed, not a live process's view.
    await started.stop();
    const db = createDb(dbFile);
    const check = verify(db, interviewers);
    db.$client.close();

    console.log('');
    console.log(`${INTERVIEWERS} interviewers, ${r1(elapsedS)} s measured (closed loop, think time ${THINK_MS} ms)`);
    console.log(
      `requests: ${measuredRequests} measured (+${warmupRequests} warm-up), ${r1(measuredRequests / elapsedS)} req/s; per interviewer ${Math.min(...perInterviewer)}–${Math.max(...perInterviewer)}`,
    );
    console.log(
      `round trip: p50 ${stats.p50} ms, p95 ${stats.p95} ms, p99 ${stats.p99} ms, max ${stats.max} ms (target p95 < ${TARGET_P95_MS} ms: ${stats.p95 < TARGET_P95_MS ? 'met' : 'MISSED'})`,
    );
    console.log(
      `writes acknowledged: ${check.ackedWrites} over ${check.expectedAnswers} answers; stored: ${check.storedAnswers} answers, revisions summing to ${check.storedRevisions}, ${check.auditEntries} answer.save audit entries`,
    );
    console.log(
      `lost writes: ${check.lostWrites}; conflicts: ${conflicts}; rejected: ${rejected}; refused requests (ok:false): ${notOk}; failed requests: ${requestErrors}; other failures: ${failures.length - conflicts - rejected - notOk - requestErrors}`,
    );
    const cpu = {
      serverMsPerRequest: serverCpuMs === null ? null : r2(serverCpuMs / measuredRequests),
      serverCoresBusy: serverCpuMs === null ? null : r2(serverCpuMs / 1000 / elapsedS),
      clientMsPerRequest: r2(clientCpuMs / measuredRequests),
      clientCoresBusy: r2(clientCpuMs / 1000 / elapsedS),
    };
    console.log(
      `CPU: server ${cpu.serverMsPerRequest ?? '?'} ms per request (${cpu.serverCoresBusy ?? '?'} cores busy), load generator ${cpu.clientMsPerRequest} ms per request (${cpu.clientCoresBusy} cores busy)`,
    );
    console.log(`load average after: ${loadAfter.join(' ')}`);

    let breakdown: Record<string, unknown> | undefined;
    if (BREAKDOWN) {
      // Restart on the same database for the HTTP overhead; saveAnswers in-process on the spare cases.
      const inProcess = timeSaveAnswersInProcess(dbFile, studyId, spare, 3);
      const port2 = await freePort();
      const again = startServer(port2, dbFile);
      server.stop = again.stop;
      const url2 = `http://127.0.0.1:${port2}`;
      await waitForServer(url2, again.child, again.log);
      await timeActionOverhead(url2, action.id, cases, INTERVIEWERS, 1); // warm-up
      const overheadSerial = await timeActionOverhead(url2, action.id, cases, 1, 3);
      const overheadLoaded = await timeActionOverhead(url2, action.id, cases, INTERVIEWERS, 5);
      await again.stop();
      breakdown = {
        saveAnswersInProcessMs: inProcess,
        actionNoDbSerialMs: overheadSerial,
        actionNoDbConcurrentMs: overheadLoaded,
      };
      console.log('');
      console.log('breakdown:');
      console.log(
        `  saveAnswers in-process, one at a time: p50 ${inProcess.p50} ms, p95 ${inProcess.p95} ms, max ${inProcess.max} ms (n = ${inProcess.n})`,
      );
      console.log(
        `  action over HTTP, refused before the db, 1 client: p50 ${overheadSerial.p50} ms, p95 ${overheadSerial.p95} ms (${overheadSerial.perSecond} req/s)`,
      );
      console.log(
        `  action over HTTP, refused before the db, ${INTERVIEWERS} clients: p50 ${overheadLoaded.p50} ms, p95 ${overheadLoaded.p95} ms (${overheadLoaded.perSecond} req/s)`,
      );
    }

    const buildIdNow = fs.readFileSync(path.join(root, DIST, 'BUILD_ID'), 'utf8').trim();
    if (buildIdNow !== buildId)
      console.warn(
        `WARNING: .next was rebuilt during the run (BUILD_ID ${buildId} → ${buildIdNow}); the figures may mix builds`,
      );
    for (const f of failures.slice(0, 10)) console.error(`FAIL ${f}`);
    for (const p of check.problems.slice(0, 10)) console.error(`FAIL ${p}`);
    failed =
      check.lostWrites > 0 ||
      check.problems.length > 0 ||
      failures.length > 0 ||
      conflicts + rejected + notOk > 0 ||
      measuredRequests === 0;

    console.log(
      JSON.stringify({
        bench: 'autosave-load',
        interviewers: INTERVIEWERS,
        durationS: r1(elapsedS),
        requests: measuredRequests,
        warmupRequests,
        reqPerS: r1(measuredRequests / elapsedS),
        p50Ms: stats.p50,
        p95Ms: stats.p95,
        p99Ms: stats.p99,
        maxMs: stats.max,
        targetP95Ms: TARGET_P95_MS,
        writesAcked: check.ackedWrites,
        answersStored: check.storedAnswers,
        revisionsStored: check.storedRevisions,
        auditEntries: check.auditEntries,
        lostWrites: check.lostWrites,
        conflicts,
        rejected,
        refused: notOk,
        failedRequests: requestErrors,
        otherFailures: failures.length - conflicts - rejected - notOk - requestErrors,
        cpu,
        ...(breakdown ? { breakdown } : {}),
        machine,
        loadBefore,
        loadAfter,
        ok: !failed,
      }),
    );
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
