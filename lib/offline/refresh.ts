/**
 * Keeps the offline copy of a page current while it is being edited. Why: the copy is the page
 * as the server rendered it; an answer saved after that is on the server, no longer in the
 * browser's queue, and would look unanswered after an offline reload. So once the saves to a
 * page pause, the page is fetched again into the cache (and its session page, now and then).
 */
export interface RefresherOptions<C> {
  /** Fetches one page into the cache (document and RSC payload), in the context of the last save. */
  refresh(path: string, ctx: C): Promise<unknown>;
  /** Quiet time after the last save before refreshing. */
  delayMs: number;
  /** The session page (its statuses) is fetched again at most this often; each fetch is a server render. */
  sessionIntervalMs: number;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface Refresher<C> {
  /** Called after each successful save to `path`; resolves when the refresh it leads to is done (or dropped). */
  saved(path: string, sessionPath: string, ctx: C): Promise<void>;
  /** Drops every planned refresh (logging out). */
  cancelAll(): void;
}

interface Planned<C> {
  timer: unknown;
  sessionPath: string;
  ctx: C;
  done: Promise<void>;
  resolve: () => void;
}

export function createRefresher<C>(opts: RefresherOptions<C>): Refresher<C> {
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const now = opts.now ?? Date.now;
  const planned = new Map<string, Planned<C>>();
  const sessionRefreshed = new Map<string, number>();

  async function run(path: string, p: Planned<C>): Promise<void> {
    if (planned.get(path) !== p) return;
    planned.delete(path);
    const targets = [path];
    if (
      path !== p.sessionPath &&
      now() - (sessionRefreshed.get(p.sessionPath) ?? -Infinity) >= opts.sessionIntervalMs
    ) {
      targets.push(p.sessionPath);
      sessionRefreshed.set(p.sessionPath, now());
    }
    // One request at a time, and never failing: offline, the old copy simply stays.
    for (const target of targets) await opts.refresh(target, p.ctx).catch(() => undefined);
    p.resolve();
  }

  return {
    saved(path, sessionPath, ctx) {
      const prev = planned.get(path);
      if (prev) clearTimer(prev.timer);
      let resolve = prev?.resolve ?? (() => {});
      const done =
        prev?.done ??
        new Promise<void>((r) => {
          resolve = r;
        });
      const p: Planned<C> = { timer: null, sessionPath, ctx, done, resolve };
      p.timer = setTimer(() => void run(path, p), opts.delayMs);
      planned.set(path, p);
      return done;
    },
    cancelAll() {
      for (const p of planned.values()) {
        clearTimer(p.timer);
        p.resolve();
      }
      planned.clear();
      sessionRefreshed.clear();
    },
  };
}
