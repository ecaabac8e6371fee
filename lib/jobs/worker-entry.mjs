// The worker thread's entry: plain JavaScript, never bundled by Next, so the same file runs under
// `next start`, the CLI, vitest and the benchmarks. It registers tsx (a runtime dependency) to load
// the TypeScript job handlers, then answers one job at a time: { id, kind, input } → progress
// messages, then { type: 'done', result } or { type: 'failed', message }.
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';

// Lower this thread's priority (on Linux, nice applies per thread): on a busy machine the request
// thread gets the CPU first, and a large import just takes a little longer.
try {
  os.setPriority(10);
} catch {
  /* not permitted: run at normal priority */
}

const { register } = await import('tsx/esm/api');
register({ tsconfig: workerData.tsconfig });
const handlers = await import(pathToFileURL(workerData.handlers).href);

parentPort.on('message', async ({ id, kind, input }) => {
  const progress = (value) => parentPort.postMessage({ id, type: 'progress', value });
  try {
    const { result, transfer } = await handlers.runJob(kind, input, progress);
    parentPort.postMessage({ id, type: 'done', result }, transfer ?? []);
  } catch (err) {
    parentPort.postMessage({
      id,
      type: 'failed',
      message: err instanceof Error ? (err.stack ?? err.message) : String(err),
    });
  }
});
parentPort.postMessage({ type: 'ready' });
