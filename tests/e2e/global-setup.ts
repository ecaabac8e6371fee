/**
 * Builds the app (unless E2E_REUSE_BUILD=1 and a build exists), starts `next start` on a free
 * port with a fresh SQLite file, and hands the URL to the tests. The server's first start also
 * exercises "migrate on start" and "demo study on an empty database".
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, waitForServer } from '../support/next-server';
import { createDb } from '@/db/client';
import { createUser } from '@/db/queries/users';
import { hashPasswordSync } from '@/lib/auth/password';
import { E2E_USER } from './accounts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    dbFile: string;
    /** The first beheerder's one-time password, as the server printed it on its first start. */
    adminPassword: string;
    /** Everything the server prints, appended as it runs: the e2e guard fails a test on a logged error. */
    serverLog: string;
  }
}

const root = path.resolve(import.meta.dirname, '../..');

export default async function setup(project: TestProject) {
  const reuse =
    process.env.E2E_REUSE_BUILD === '1' &&
    fs.existsSync(path.join(root, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID')) &&
    fs.existsSync(path.join(root, 'public/sw.js'));
  // `npm run build`: `next build`, then `serwist build` for the service worker (public/sw.js).
  if (!reuse)
    execFileSync('npm', ['run', '-s', 'build'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-e2e-'));
  const dbFile = path.join(dir, 'e2e.db');
  const serverLog = path.join(dir, 'server.log');
  fs.writeFileSync(serverLog, '');
  const port = await freePort();
  let output = '';
  const child = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, DOSSIER_DB: dbFile, PORT: String(port), NEXT_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  child.stdout?.on('data', (d) => {
    output += d;
    fs.appendFileSync(serverLog, d);
  });
  child.stderr?.on('data', (d) => {
    output += d;
    fs.appendFileSync(serverLog, d);
  });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitForServer(baseURL, child, () => output);
  project.provide('baseURL', baseURL);
  project.provide('dbFile', dbFile);
  project.provide('serverLog', serverLog);
  project.provide('adminPassword', /Eenmalig wachtwoord: (\S+)/.exec(output)?.[1] ?? '');
  // The account the tests log in with (a beheerder: it sees the studies each test creates itself).
  const db = createDb(dbFile);
  createUser(
    db,
    {
      username: E2E_USER.username,
      displayName: 'E2E',
      passwordHash: hashPasswordSync(E2E_USER.password),
      isAdmin: true,
      mustChangePassword: false,
    },
    'e2e',
  );
  db.$client.close();

  return async () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
