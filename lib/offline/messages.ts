/** The messages between the page and the offline worker (app/sw.ts), and a typed way to ask. */
import type { WarmResult } from './warm';

export type OfflineMessage =
  /** Fetch the session of this page into the cache (if not done lately); answered with a WarmResult, or null. */
  | { type: 'offline-session'; path: string }
  /** Delete every cached page (logging out); answered with true. */
  | { type: 'offline-clear' };

export type OfflineReply<M extends OfflineMessage> = M extends { type: 'offline-session' }
  ? WarmResult | null
  : boolean;

interface WorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
}

/** Sends a message and waits for the answer on its own channel; null after `timeoutMs`. */
export function askWorker<M extends OfflineMessage>(
  worker: WorkerLike,
  message: M,
  timeoutMs: number,
): Promise<OfflineReply<M> | null> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => {
      channel.port1.close();
      resolve(null);
    }, timeoutMs);
    channel.port1.onmessage = (e) => {
      clearTimeout(timer);
      channel.port1.close();
      resolve(e.data as OfflineReply<M>);
    };
    worker.postMessage(message, [channel.port2]);
  });
}
