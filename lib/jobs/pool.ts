import { Worker } from 'node:worker_threads';

/**
 * A small pool of worker threads for heavy jobs (parsing, validating, importing, exporting), so the
 * request thread keeps answering other pages. Idle workers are kept (their modules stay loaded);
 * a job whose client goes away (`signal`), that runs too long, or that needs more heap than
 * `heapMb` has its worker terminated, and the next job gets a fresh one.
 */
export interface PoolOptions {
  /** The worker's entry file (worker-entry.mjs) and the TypeScript module with `runJob`. */
  entry: string;
  handlers: string;
  tsconfig?: string;
  size: number;
  heapMb: number;
  timeoutMs: number;
}

export interface JobOptions {
  signal?: AbortSignal;
  onProgress?: (value: unknown) => void;
  /** ArrayBuffers moved (not copied) to the worker. */
  transfer?: ArrayBuffer[];
}

/** The job did not finish: cancelled by its client, timed out, or its worker died (e.g. out of heap). */
export class JobStopped extends Error {
  constructor(
    public readonly reason: 'cancelled' | 'timeout' | 'crashed',
    detail: string,
  ) {
    super(detail);
    this.name = 'JobStopped';
  }
}

/**
 * Whether `err` is a JobStopped (with this reason). Why not `instanceof`: Next bundles this module
 * into more than one chunk (the pool is started from instrumentation, the routes use it), so the
 * class a route sees need not be the one that threw; a cancelled job was then logged as a failure.
 */
export function isJobStopped(err: unknown, reason?: JobStopped['reason']): err is JobStopped {
  return (
    err instanceof Error && err.name === 'JobStopped' && (reason === undefined || (err as JobStopped).reason === reason)
  );
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  busy: boolean;
}
interface Pending {
  kind: string;
  input: unknown;
  opts: JobOptions;
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

export class JobPool {
  private slots: Slot[] = [];
  private queue: Pending[] = [];
  private nextId = 1;

  constructor(private readonly opts: PoolOptions) {}

  run<T>(kind: string, input: unknown, opts: JobOptions = {}): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (opts.signal?.aborted) return reject(new JobStopped('cancelled', 'De aanvraag is afgebroken.'));
      const job: Pending = { kind, input, opts, resolve: resolve as (v: unknown) => void, reject };
      this.queue.push(job);
      opts.signal?.addEventListener(
        'abort',
        () => {
          const i = this.queue.indexOf(job);
          if (i >= 0) {
            this.queue.splice(i, 1);
            reject(new JobStopped('cancelled', 'De aanvraag is afgebroken.'));
          }
        },
        { once: true },
      );
      this.pump();
    });
  }

  /** Starts one idle worker ahead of the first job (at server start), so that job does not wait for it. */
  warm(): void {
    if (this.slots.length === 0) this.spawn();
  }

  /** Stops every worker (tests, shutdown). */
  async close(): Promise<void> {
    const slots = this.slots;
    this.slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private pump() {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.opts.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.busy = true;
      void this.execute(slot, job);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.opts.entry, {
      workerData: { handlers: this.opts.handlers, tsconfig: this.opts.tsconfig },
      // db code imports 'server-only', which is empty only under the react-server condition.
      execArgv: ['--conditions=react-server'],
      resourceLimits: { maxOldGenerationSizeMb: this.opts.heapMb },
    });
    worker.unref(); // an idle pool never keeps a CLI or test process alive
    const ready = new Promise<void>((resolve, reject) => {
      const onMessage = (m: { type?: string }) => {
        if (m?.type === 'ready') {
          worker.off('error', reject);
          worker.off('message', onMessage);
          resolve();
        }
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
    ready.catch(() => undefined);
    const slot: Slot = { worker, ready, busy: false };
    worker.once('exit', () => {
      this.slots = this.slots.filter((s) => s !== slot);
    });
    worker.on('error', () => {
      /* an idle worker that dies is dropped on 'exit'; a running job hears it itself */
    });
    this.slots.push(slot);
    return slot;
  }

  private async execute(slot: Slot, job: Pending) {
    const { worker } = slot;
    const id = this.nextId++;
    let settled = false;
    const finish = (err: Error | null, value?: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      job.opts.signal?.removeEventListener('abort', onAbort);
      worker.unref();
      if (err) {
        this.slots = this.slots.filter((s) => s !== slot);
        void worker.terminate();
        job.reject(err);
      } else {
        slot.busy = false;
        job.resolve(value);
      }
      this.pump();
    };
    const onMessage = (m: { id?: number; type: string; value?: unknown; result?: unknown; message?: string }) => {
      if (m.id !== id) return;
      if (m.type === 'progress') job.opts.onProgress?.(m.value);
      else if (m.type === 'done') finish(null, m.result);
      else if (m.type === 'failed') finish(new Error(m.message));
    };
    const onError = (err: Error) => finish(new JobStopped('crashed', `De verwerking is gestopt: ${err.message}`));
    const onExit = (code: number) => finish(new JobStopped('crashed', `De verwerking is gestopt (code ${code}).`));
    const onAbort = () => finish(new JobStopped('cancelled', 'De aanvraag is afgebroken.'));
    const timer = setTimeout(
      () => finish(new JobStopped('timeout', 'De verwerking duurde te lang en is gestopt.')),
      this.opts.timeoutMs,
    );
    worker.ref(); // a running job keeps the process alive
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    job.opts.signal?.addEventListener('abort', onAbort, { once: true });
    if (job.opts.signal?.aborted) return onAbort();
    try {
      await slot.ready;
    } catch (err) {
      return finish(new JobStopped('crashed', `De verwerking kon niet starten: ${(err as Error).message}`));
    }
    if (settled) return;
    worker.postMessage({ id, kind: job.kind, input: job.input }, job.opts.transfer ?? []);
  }
}
