import 'server-only';
import path from 'node:path';
import { JobPool, type JobOptions } from '@/lib/jobs/pool';
import { JOB_TIMEOUT_MS, WORKER_HEAP_MB } from '@/lib/import/limits';
import type { JobInputs, JobKind, JobResults } from './handlers';

export { isJobStopped, JobStopped } from '@/lib/jobs/pool';

/**
 * Runs a heavy job in the worker pool, off the request thread. Files are found from the project
 * root (as the migrations are), so the same entry works under `next start`, the CLI and tests;
 * the entry is plain JavaScript and is never bundled.
 */
const root = process.cwd();
// One pool per process, kept on globalThis so Next's dev reloads don't start another.
const globalForPool = globalThis as unknown as { dossierJobPool?: JobPool };

export function jobPool(): JobPool {
  globalForPool.dossierJobPool ??= new JobPool({
    entry: path.join(root, 'lib', 'jobs', 'worker-entry.mjs'),
    handlers: path.join(root, 'db', 'jobs', 'handlers.ts'),
    tsconfig: path.join(root, 'tsconfig.json'),
    size: Math.max(1, Number(process.env.DOSSIER_WORKERS) || 2),
    heapMb: WORKER_HEAP_MB,
    timeoutMs: JOB_TIMEOUT_MS,
  });
  return globalForPool.dossierJobPool;
}

export function runJob<K extends JobKind>(kind: K, input: JobInputs[K], opts: JobOptions = {}): Promise<JobResults[K]> {
  return jobPool().run<JobResults[K]>(kind, input, opts);
}
