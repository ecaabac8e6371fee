/**
 * Fetches every page of an interview session into the offline cache once the session is opened
 * online, so that a case never opened before can still be opened without a network.
 */
export interface WarmerOptions<C> {
  /** The session's pages: the session page and its cases. Throws offline or when logged out. */
  listPages(sessionPath: string): Promise<string[]>;
  /** Fetches one page (document and RSC payload) into the cache; false when that failed. */
  cachePage(path: string, ctx: C): Promise<unknown>;
  /** How many cases of this session have a cached document now. */
  cachedCases(sessionPath: string): Promise<number>;
  /** A session fetched less than this long ago is not fetched again (its pages refresh as they are used). */
  minIntervalMs: number;
  now?: () => number;
}

/**
 * How much of a session opens offline: `cached` cases have a copy; `cases` is how many the
 * session has (null when the list could not be fetched); `fresh` when they were just fetched.
 */
export interface WarmResult {
  cached: number;
  cases: number | null;
  fresh: boolean;
}

export interface Warmer<C> {
  /** `ctx`: passed on to cachePage (the worker's event that keeps it alive meanwhile). */
  warm(sessionPath: string, ctx: C): Promise<WarmResult>;
  /** Forgets every session (logging out): the next opening fetches all again. */
  clear(): void;
}

export function createWarmer<C>(opts: WarmerOptions<C>): Warmer<C> {
  const now = opts.now ?? Date.now;
  const done = new Map<string, { at: number; cases: number }>();
  const running = new Map<string, Promise<WarmResult>>();

  async function count(sessionPath: string, cases: number | null, fresh: boolean): Promise<WarmResult> {
    return { cached: await opts.cachedCases(sessionPath), cases, fresh };
  }

  async function run(sessionPath: string, ctx: C): Promise<WarmResult> {
    let pages: string[];
    try {
      pages = await opts.listPages(sessionPath);
    } catch {
      // Offline (or logged out): say what is there from an earlier visit.
      return count(sessionPath, done.get(sessionPath)?.cases ?? null, false);
    }
    // One request at a time: the server is shared with the interviews going on.
    for (const p of pages) await opts.cachePage(p, ctx).catch(() => undefined);
    const cases = pages.filter((p) => p !== sessionPath).length;
    done.set(sessionPath, { at: now(), cases });
    return count(sessionPath, cases, true);
  }

  return {
    warm(sessionPath, ctx) {
      const prev = done.get(sessionPath);
      if (prev && now() - prev.at < opts.minIntervalMs) return count(sessionPath, prev.cases, true);
      let p = running.get(sessionPath);
      if (!p) {
        p = run(sessionPath, ctx).finally(() => running.delete(sessionPath));
        running.set(sessionPath, p);
      }
      return p;
    },
    clear() {
      done.clear();
    },
  };
}
