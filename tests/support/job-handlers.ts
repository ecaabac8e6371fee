/** Jobs for the pool's own tests: report the thread, burn CPU, or grow the heap until stopped. */
import { threadId } from 'node:worker_threads';

export async function runJob(kind: string, input: { ms?: number; mb?: number }, progress: (v: unknown) => void) {
  if (kind === 'thread') return { result: threadId };
  if (kind === 'spin') {
    progress('started');
    const end = Date.now() + (input.ms ?? 0);
    while (Date.now() < end) {
      /* busy */
    }
    return { result: 'done' };
  }
  if (kind === 'grow') {
    const hold: number[][] = [];
    for (let i = 0; i < (input.mb ?? 0); i++) hold.push(Array.from({ length: 131_072 }, (_, j) => i + j));
    return { result: hold.length };
  }
  throw new Error(`unknown job ${kind}`);
}
