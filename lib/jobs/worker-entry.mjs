// The worker thread's entry: plain JavaScript, never bundled by Next, so the same file runs under
// `next start`, the CLI, vitest and the benchmarks. It registers tsx (a runtime dependency) to load
// the TypeScript job handlers, then answers one job at a time: { id, kind, input } → progress
// messages, then { type: 'done', result } or { type: 'failed', message }.
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';

const { register } = await import('tsx/esm/api');
register({ tsconfig: workerData.tsconfig });
const handlers = await import(pathToFileURL(workerData.handlers).href);

parentPort.on('message', async ({ id, kind, input }) => {
  const progress = (value) => parentPort.postMessage({ id, type: 'progress', value });
  try {
    const { result, transfer } = await handlers.runJob(kind, input, progress);
    parentPort.postMessage({ id, type: 'done', result }, transfer ?? []);
  } catch (err) {
    parentPort.postMessage({ id, type: 'failed', message: err instanceof Error ? err.stack ?? err.message : String(err) });
  }
});
parentPort.postMessage({ type: 'ready' });
