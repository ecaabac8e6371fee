import { describe, expect, it } from 'vitest';
import { isLoginPage, sessionListUrl, sessionPage, sessionPagePaths } from '@/lib/offline/scope';
import { cacheKeyUrl, keepsResponse, offlineKind } from '@/lib/offline/requests';
import { createRefresher } from '@/lib/offline/refresh';
import { createWarmer } from '@/lib/offline/warm';

const ORIGIN = 'http://127.0.0.1:3000';
const req = (method: string, path: string, headers: Record<string, string> = {}) => ({
  method,
  url: new URL(path, ORIGIN).href,
  headers: new Headers(headers),
});

describe('what the offline worker may keep', () => {
  it('knows the pages of an interview session, and nothing else', () => {
    expect(sessionPage('/onderzoeken/3/interviews/17')).toEqual({
      studyId: 3,
      caseworkerId: 17,
      itemId: null,
      sessionPath: '/onderzoeken/3/interviews/17',
    });
    expect(sessionPage('/onderzoeken/3/interviews/17/204/')).toMatchObject({
      itemId: 204,
      sessionPath: '/onderzoeken/3/interviews/17',
    });
    for (const other of [
      '/onderzoeken/3/interviews',
      '/onderzoeken/3',
      '/onderzoeken/3/beoordeling/204',
      '/inloggen',
      '/api/onderzoeken/3/interviews/17/offline',
      '/onderzoeken/3/interviews/17/204/x',
      '/onderzoeken/abc/interviews/17',
      '/',
    ]) {
      expect(sessionPage(other), other).toBeNull();
    }
    expect(sessionListUrl({ studyId: 3, caseworkerId: 17 })).toBe('/api/onderzoeken/3/interviews/17/offline');
    expect(isLoginPage('/inloggen')).toBe(true);
    expect(isLoginPage('/onderzoeken/3')).toBe(false);
  });

  it('lists the session page and every case the interview can open, not the unusable ones or unused reserves', () => {
    const cases = [
      { id: 1, status: 'besproken' },
      { id: 2, status: 'onbruikbaar' },
      { id: 3, status: 'te_bespreken' },
      { id: 4, status: 'reserve_in_gebruik' },
      { id: 5, status: 'reserve' },
    ];
    expect(sessionPagePaths('/onderzoeken/3/interviews/17', cases)).toEqual([
      '/onderzoeken/3/interviews/17',
      '/onderzoeken/3/interviews/17/1',
      '/onderzoeken/3/interviews/17/3',
      '/onderzoeken/3/interviews/17/4',
    ]);
  });

  it('handles documents and RSC navigations of session pages, passes server actions on, and leaves everything else alone', () => {
    const page = '/onderzoeken/3/interviews/17/204';
    expect(offlineKind(req('GET', page), ORIGIN)).toBe('document');
    expect(offlineKind(req('GET', `${page}?_rsc=abc`, { rsc: '1', 'next-router-state-tree': '%5B%5D' }), ORIGIN)).toBe(
      'rsc',
    );
    expect(offlineKind(req('POST', page, { 'next-action': 'abc123' }), ORIGIN)).toBe('action');
    // Prefetches, plain POSTs, other methods, other pages, other origins: not the worker's business.
    expect(offlineKind(req('GET', `${page}?_rsc=x`, { rsc: '1', 'next-router-prefetch': '1' }), ORIGIN)).toBeNull();
    expect(
      offlineKind(req('GET', `${page}?_rsc=x`, { rsc: '1', 'next-router-segment-prefetch': '/_tree' }), ORIGIN),
    ).toBeNull();
    expect(offlineKind(req('POST', page), ORIGIN)).toBeNull();
    expect(offlineKind(req('PUT', page, { 'next-action': 'x' }), ORIGIN)).toBeNull();
    expect(offlineKind(req('GET', '/api/onderzoeken/3/interviews/17/offline'), ORIGIN)).toBeNull();
    expect(offlineKind(req('GET', '/inloggen'), ORIGIN)).toBeNull();
    expect(offlineKind(req('GET', '/onderzoeken/3/resultaten', { rsc: '1' }), ORIGIN)).toBeNull();
    expect(
      offlineKind({ method: 'GET', url: `http://elders.example${page}`, headers: new Headers() }, ORIGIN),
    ).toBeNull();
  });

  it('keys a page by its path and kind, whatever Next puts in the query', () => {
    expect(cacheKeyUrl(`${ORIGIN}/onderzoeken/3/interviews/17/204?_rsc=1x2y`, 'rsc')).toBe(
      `${ORIGIN}/onderzoeken/3/interviews/17/204?offline=rsc`,
    );
    expect(cacheKeyUrl(`${ORIGIN}/onderzoeken/3/interviews/17/204/?x=1`, 'document')).toBe(
      `${ORIGIN}/onderzoeken/3/interviews/17/204`,
    );
  });

  it('keeps only a complete answer of the page itself: no redirect to the login, no error, no other kind of content', () => {
    const res = (status: number, type: string, extra: Partial<{ redirected: boolean; type: string }> = {}) => ({
      status,
      redirected: false,
      type: 'basic',
      headers: new Headers({ 'content-type': type }),
      ...extra,
    });
    expect(keepsResponse('document', res(200, 'text/html; charset=utf-8'))).toBe(true);
    expect(keepsResponse('rsc', res(200, 'text/x-component'))).toBe(true);
    expect(keepsResponse('document', res(200, 'text/html', { redirected: true }))).toBe(false); // sent to /inloggen
    expect(keepsResponse('document', res(404, 'text/html'))).toBe(false);
    expect(keepsResponse('document', res(500, 'text/html'))).toBe(false);
    expect(keepsResponse('document', res(0, '', { type: 'opaqueredirect' }))).toBe(false);
    expect(keepsResponse('rsc', res(200, 'text/html'))).toBe(false);
    expect(keepsResponse('document', res(200, 'text/x-component'))).toBe(false);
  });
});

/** Timers run by hand. */
function clock() {
  let t = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let id = 0;
  return {
    now: () => t,
    setTimer: (fn: () => void, ms: number) => {
      timers.set(++id, { at: t + ms, fn });
      return id;
    },
    clearTimer: (h: unknown) => void timers.delete(h as number),
    async advance(ms: number) {
      t += ms;
      for (const [k, v] of [...timers].sort((a, b) => a[1].at - b[1].at))
        if (v.at <= t) {
          timers.delete(k);
          v.fn();
        }
      for (let i = 0; i < 10; i++) await Promise.resolve();
    },
  };
}

describe('refreshing the offline copy after saves', () => {
  it('fetches the page again once the saves pause, once per pause, and its session page at most once a minute', async () => {
    const c = clock();
    const fetched: string[] = [];
    const r = createRefresher<string>({
      refresh: async (p, ctx) => void fetched.push(`${p} (${ctx})`),
      delayMs: 1500,
      sessionIntervalMs: 60_000,
      now: c.now,
      setTimer: c.setTimer,
      clearTimer: c.clearTimer,
    });
    let done = false;
    void r.saved('/s/1', '/s', 'save 1').then(() => {
      done = true;
    });
    await c.advance(1000);
    void r.saved('/s/1', '/s', 'save 2');
    await c.advance(1000);
    expect(fetched).toEqual([]); // still saving: no refresh yet
    await c.advance(600);
    expect(fetched).toEqual(['/s/1 (save 2)', '/s (save 2)']);
    expect(done).toBe(true); // the first save's wait ends with the refresh
    await c.advance(5000);
    expect(fetched).toHaveLength(2);
    void r.saved('/s/1', '/s', 'save 3');
    await c.advance(1500);
    expect(fetched.slice(2)).toEqual(['/s/1 (save 3)']); // the session page was fetched 7 s ago
    await c.advance(60_000);
    void r.saved('/s/2', '/s', 'save 4');
    await c.advance(1500);
    expect(fetched.slice(3)).toEqual(['/s/2 (save 4)', '/s (save 4)']);
  });

  it('survives a failing fetch (offline: the old copy stays) and drops planned refreshes at logout', async () => {
    const c = clock();
    const fetched: string[] = [];
    const r = createRefresher<null>({
      refresh: async (p) => {
        fetched.push(p);
        throw new TypeError('offline');
      },
      delayMs: 100,
      sessionIntervalMs: 0,
      now: c.now,
      setTimer: c.setTimer,
      clearTimer: c.clearTimer,
    });
    const first = r.saved('/s/1', '/s', null);
    await c.advance(100);
    await expect(first).resolves.toBeUndefined();
    expect(fetched).toEqual(['/s/1', '/s']);
    const second = r.saved('/s/2', '/s', null);
    r.cancelAll();
    await expect(second).resolves.toBeUndefined();
    await c.advance(1000);
    expect(fetched).toEqual(['/s/1', '/s']);
  });
});

describe('fetching a session for offline use', () => {
  function setup(list: () => Promise<string[]>) {
    let t = 0;
    const cached = new Set<string>();
    const requested: string[] = [];
    const warmer = createWarmer<string>({
      listPages: list,
      cachePage: async (p, ctx) => {
        requested.push(`${p} ${ctx}`);
        cached.add(p);
      },
      cachedCases: async (s) => [...cached].filter((p) => p.startsWith(`${s}/`)).length,
      minIntervalMs: 60_000,
      now: () => t,
    });
    return {
      warmer,
      requested,
      cached,
      tick: (ms: number) => {
        t += ms;
      },
    };
  }

  it('fetches every page of the session once, one after another, and says how many cases open offline', async () => {
    const s = setup(async () => ['/s', '/s/1', '/s/2']);
    const [a, b] = await Promise.all([s.warmer.warm('/s', 'msg 1'), s.warmer.warm('/s', 'msg 2')]);
    expect(a).toEqual({ cached: 2, cases: 2, fresh: true });
    expect(b).toEqual(a);
    expect(s.requested).toEqual(['/s msg 1', '/s/1 msg 1', '/s/2 msg 1']); // one run for both callers
    s.tick(30_000);
    await s.warmer.warm('/s', 'msg 3');
    expect(s.requested).toHaveLength(3); // fetched lately: not again
    s.tick(31_000);
    await s.warmer.warm('/s', 'msg 4');
    expect(s.requested).toHaveLength(6);
    s.warmer.clear(); // logging out forgets it
    await s.warmer.warm('/s', 'msg 5');
    expect(s.requested).toHaveLength(9);
  });

  it('offline, reports what an earlier visit left in the cache', async () => {
    let online = true;
    const s = setup(async () => {
      if (!online) throw new TypeError('Failed to fetch');
      return ['/s', '/s/1', '/s/2', '/s/3'];
    });
    await s.warmer.warm('/s', 'x');
    s.cached.delete('/s/3');
    online = false;
    s.tick(120_000);
    await expect(s.warmer.warm('/s', 'y')).resolves.toEqual({ cached: 2, cases: 3, fresh: false });
  });
});
