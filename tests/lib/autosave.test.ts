import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createAutosave,
  stateLabel,
  storageKey,
  type Autosave,
  type AutosaveOptions,
  type AutosaveSnapshot,
  type SaveOutcome,
  type SaveRequest,
  type SaveResponse,
  type StorageLike,
} from '@/lib/autosave';

const CASE = 42;

class MemoryStorage implements StorageLike {
  data = new Map<string, string>();
  failWrites = false;
  getItem = (k: string) => this.data.get(k) ?? null;
  setItem = (k: string, v: string) => {
    if (this.failWrites) throw new DOMException('quota', 'QuotaExceededError');
    this.data.set(k, v);
  };
  removeItem = (k: string) => void this.data.delete(k);
}

interface Row {
  value: unknown;
  revision: number;
  updatedBy: string;
  updatedAt: number;
}

/** Scripted save endpoint: keeps revisions like the real one, can be unreachable or lose its answers. */
class FakeServer {
  rows = new Map<string, Row>();
  requests: SaveRequest[] = [];
  /** offline: unreachable; lose: stores, then the answer is lost (throws). */
  mode: 'online' | 'offline' | 'lose' = 'online';
  delayMs = 0;
  refuseAll: string | null = null;
  inFlight = new Map<string, number>();
  maxInFlight = 0;
  reject: (key: string, value: unknown) => string | null = () => null;

  /** A send function for one client; in-flight requests are counted per client. */
  client(id = 'tab1') {
    return async (req: SaveRequest): Promise<SaveResponse> => {
      this.requests.push(structuredClone(req));
      const n = (this.inFlight.get(id) ?? 0) + 1;
      this.inFlight.set(id, n);
      this.maxInFlight = Math.max(this.maxInFlight, n);
      try {
        if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs));
        if (this.mode === 'offline') throw new TypeError('Failed to fetch');
        const res = this.handle(req);
        if (this.mode === 'lose') throw new TypeError('Failed to fetch');
        return structuredClone(res);
      } finally {
        this.inFlight.set(id, (this.inFlight.get(id) ?? 1) - 1);
      }
    };
  }

  handle(req: SaveRequest): SaveResponse {
    if (this.refuseAll) return { ok: false, message: this.refuseAll };
    const outcomes = req.changes.map((c): SaveOutcome => {
      const msg = this.reject(c.key, c.value);
      if (msg) return { key: c.key, status: 'rejected', message: msg };
      const row = this.rows.get(c.key);
      if (c.baseRevision !== (row?.revision ?? 0)) {
        return {
          key: c.key,
          status: 'conflict',
          serverValue: row?.value ?? null,
          serverRevision: row?.revision ?? 0,
          updatedBy: row?.updatedBy ?? '',
          updatedAt: row?.updatedAt ?? 0,
        };
      }
      return { key: c.key, status: 'saved', revision: this.write(c.key, c.value, 'onderzoeker') };
    });
    return { ok: true, outcomes };
  }

  /** Also used directly as "another tab" saving. Stores '' as null, like the real action. */
  write(key: string, value: unknown, by: string): number {
    const revision = (this.rows.get(key)?.revision ?? 0) + 1;
    this.rows.set(key, {
      value: value === '' ? null : structuredClone(value),
      revision,
      updatedBy: by,
      updatedAt: Date.now(),
    });
    return revision;
  }

  answers() {
    return Object.fromEntries([...this.rows].map(([k, r]) => [k, { value: r.value, revision: r.revision }]));
  }
}

let server: FakeServer;
let storage: MemoryStorage;
let engines: Autosave[];
let snapshots: AutosaveSnapshot[];

function make(opts: Partial<AutosaveOptions> = {}, id = 'tab1'): Autosave {
  const e = createAutosave({
    sampleItemId: CASE,
    storage,
    send: server.client(id),
    onChange: (s) => snapshots.push(s),
    ...opts,
  });
  engines.push(e);
  return e;
}

/** Advances fake time far enough for every scheduled retry and delayed answer. */
async function settle(ms = 60_000) {
  await vi.advanceTimersByTimeAsync(ms);
}

/** Awaits an engine promise while fake time runs (the fake server may answer after a delay). */
async function drive(p: Promise<void>) {
  await settle();
  await p;
}

beforeEach(() => {
  vi.useFakeTimers();
  server = new FakeServer();
  storage = new MemoryStorage();
  engines = [];
  snapshots = [];
});
afterEach(() => {
  engines.forEach((e) => e.dispose());
  vi.useRealTimers();
});

describe('debounce and coalescing', () => {
  it('sends exactly one request after a burst, with the last value per key, within 500 ms', async () => {
    const e = make();
    e.init({});
    for (let i = 0; i < 20; i++) {
      e.set('A1', `waarde ${i}`);
      e.set('B.financien.aanvang', i);
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(server.requests).toHaveLength(0);
    expect(e.snapshot()).toMatchObject({ state: 'pending', pendingCount: 2 });
    await vi.advanceTimersByTimeAsync(450);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toEqual({
      sampleItemId: CASE,
      changes: [
        { key: 'A1', value: 'waarde 19', baseRevision: 0 },
        { key: 'B.financien.aanvang', value: 19, baseRevision: 0 },
      ],
    });
    await settle();
    expect(server.requests).toHaveLength(1);
    expect(e.snapshot()).toMatchObject({ state: 'saved', pendingCount: 0, lastSavedAt: expect.any(Number) });
    expect([e.value('A1'), e.revision('A1')]).toEqual(['waarde 19', 1]);
    expect(snapshots.map((s) => s.state)).toEqual(expect.arrayContaining(['pending', 'saving', 'saved']));
  });

  it('refuses a debounce above 500 ms and still saves while someone types without pause', async () => {
    expect(() => make({ debounceMs: 501 })).toThrow(RangeError);
    const e = make();
    e.init({});
    for (let i = 0; i < 40; i++) {
      e.set('E1', 'x'.repeat(i + 1));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(server.requests.length).toBeGreaterThan(0); // maxWait: not starved by the re-arming debounce
    await settle();
    expect(server.rows.get('E1')?.value).toBe('x'.repeat(40));
  });

  it('keeps a value changed during the request and sends it on the new revision', async () => {
    server.delayMs = 1000;
    const e = make();
    e.init({});
    e.set('A1', 'a');
    await vi.advanceTimersByTimeAsync(400);
    e.set('A1', 'b');
    e.set('E1', 'c');
    await vi.advanceTimersByTimeAsync(500);
    expect(server.requests).toHaveLength(1); // the debounce fired, but one request is already in flight
    await settle();
    expect(server.maxInFlight).toBe(1);
    expect(server.requests[1].changes).toEqual([
      { key: 'A1', value: 'b', baseRevision: 1 },
      { key: 'E1', value: 'c', baseRevision: 0 },
    ]);
    expect(server.rows.get('A1')).toMatchObject({ value: 'b', revision: 2 });
    expect(e.snapshot().state).toBe('saved');
  });
});

describe('reload', () => {
  it('keeps unsent changes in storage and re-sends them after init in a new engine', async () => {
    server.mode = 'offline';
    const first = make();
    first.init({});
    first.set('A1', 'ja');
    first.set('C.r7k2.type', 'woning');
    await vi.advanceTimersByTimeAsync(400);
    expect(first.snapshot().state).toBe('offline');
    first.dispose();

    server.mode = 'online';
    const second = make();
    expect(second.value('A1')).toBe('ja'); // visible before the server answered
    second.init(server.answers());
    await second.flushNow();
    expect(server.rows.get('A1')?.value).toBe('ja');
    expect(server.rows.get('C.r7k2.type')?.value).toBe('woning');
    expect(storage.data.has(storageKey(CASE))).toBe(false);
  });

  it('keeps the base revision of a stored change, so an edit from elsewhere becomes a conflict', async () => {
    server.write('D.huisuitzetting.status', 'dreigend', 'onderzoeker');
    const first = make();
    first.init(server.answers());
    first.set('D.huisuitzetting.status', 'voorkomen');
    first.dispose(); // closed before the debounce fired

    server.write('D.huisuitzetting.status', 'uitgevoerd', 'Piet');
    const second = make();
    server.mode = 'offline'; // the re-send at init fails, so the next edit coalesces onto the stored change
    second.init(server.answers()); // knows revision 2 now
    await vi.advanceTimersByTimeAsync(0);
    second.set('D.huisuitzetting.status', 'voorkomen!'); // must keep base 1, not take the newer revision 2
    server.mode = 'online';
    await second.online();
    expect(server.requests.at(-1)?.changes[0].baseRevision).toBe(1);
    expect(server.rows.get('D.huisuitzetting.status')?.value).toBe('uitgevoerd');
    expect(second.snapshot().conflicts).toEqual([
      expect.objectContaining({
        key: 'D.huisuitzetting.status',
        mine: 'voorkomen!',
        theirs: 'uitgevoerd',
        theirRevision: 2,
        updatedBy: 'Piet',
      }),
    ]);
  });

  it('is not confused by a request of the previous page that lands after the reload', async () => {
    server.delayMs = 1000;
    const first = make({}, 'oud');
    first.init({});
    first.set('A1', 'a');
    await vi.advanceTimersByTimeAsync(400); // 'a' is on its way
    first.set('A1', 'b');
    first.dispose(); // reload before the answer

    const second = make({}, 'nieuw');
    second.init(server.answers()); // the server has nothing yet; 'a' lands while 'b' is sent on base 0
    await settle();
    expect(second.snapshot()).toMatchObject({ state: 'saved', conflicts: [] });
    expect(server.rows.get('A1')).toMatchObject({ value: 'b', revision: 2 });
  });

  it('starts clean on corrupted or foreign storage content, and survives a broken storage', async () => {
    for (const junk of ['{nope', '"tekst"', '{"v":1,"entries":[{"k":5},null,{"k":"A1","v":"ok","b":-1}]}', '{"v":9}']) {
      storage.data.set(storageKey(CASE), junk);
      const e = make();
      expect(() => e.init({})).not.toThrow();
      expect(e.snapshot()).toMatchObject({ state: 'saved', pendingCount: 0 });
      e.dispose();
    }
    const broken: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('x');
      },
      removeItem: () => {},
    };
    const e = make({ storage: broken });
    e.init({});
    e.set('A1', 1);
    await e.flushNow();
    expect(server.rows.get('A1')?.value).toBe(1);
  });

  it('keeps the in-memory queue when storage is full', async () => {
    storage.failWrites = true;
    server.mode = 'offline';
    const e = make();
    e.init({});
    e.set('A1', 'groot');
    await vi.advanceTimersByTimeAsync(400);
    expect(e.snapshot()).toMatchObject({ state: 'offline', pendingCount: 1, storageFailed: true });
    server.mode = 'online';
    await e.online();
    expect(server.rows.get('A1')?.value).toBe('groot');
    expect(e.snapshot().state).toBe('saved');
  });
});

describe('offline', () => {
  it('keeps everything pending, retries on the backoff schedule and saves when back', async () => {
    server.mode = 'offline';
    const e = make();
    e.init({});
    e.set('A1', 'a');
    await vi.advanceTimersByTimeAsync(400);
    expect(server.requests).toHaveLength(1);
    expect(e.snapshot()).toMatchObject({ state: 'offline', pendingCount: 1 });
    expect(stateLabel(e.snapshot().state)).toBe('Offline – bewaard in deze browser');
    const states = new Set<string>();
    const times: number[] = [];
    const start = Date.now();
    for (let t = 0; t < 40_000; t += 100) {
      const before = server.requests.length;
      await vi.advanceTimersByTimeAsync(100);
      if (server.requests.length > before) times.push(Date.now() - start);
      states.add(e.snapshot().state);
      if (t === 500) e.set('E1', 'tijdens offline'); // no extra request: the backoff timer sends it
    }
    expect(times).toEqual([1000, 3000, 8000, 18000, 28000, 38000]);
    expect([...states]).toEqual(['offline']); // a retry in flight does not flicker to "Bezig met opslaan"
    expect(server.requests.at(-1)?.changes.map((c) => c.key)).toEqual(['A1', 'E1']);
    server.mode = 'online';
    await e.retryNow();
    expect(server.answers()).toEqual({
      A1: { value: 'a', revision: 1 },
      E1: { value: 'tijdens offline', revision: 1 },
    });
    expect(e.snapshot()).toMatchObject({ state: 'saved', pendingCount: 0 });
  });

  it('does not report a conflict when its own write landed but the answer was lost', async () => {
    server.mode = 'lose';
    const e = make();
    e.init({});
    e.set('A1', 'a');
    await vi.advanceTimersByTimeAsync(400);
    e.set('A1', 'b');
    server.mode = 'online';
    await e.online();
    await settle();
    expect(e.snapshot()).toMatchObject({ state: 'saved', conflicts: [] });
    expect(server.rows.get('A1')).toMatchObject({ value: 'b', revision: 2 });
  });

  it("recognises its own lost write of '' (stored as null) as well", async () => {
    server.write('E1', 'tekst', 'onderzoeker');
    const e = make();
    e.init(server.answers());
    server.mode = 'lose';
    e.set('E1', '');
    await vi.advanceTimersByTimeAsync(400);
    server.mode = 'online';
    await e.online();
    expect(e.snapshot()).toMatchObject({ state: 'saved', conflicts: [] });
    expect(server.rows.get('E1')).toMatchObject({ value: null, revision: 2 });
    e.set('E1', '');
    await settle();
    expect(server.requests).toHaveLength(3); // a plain save of '' is done after one request
    expect(server.rows.get('E1')).toMatchObject({ value: null, revision: 3 });
  });

  it('sends a long offline queue in parts the save action accepts', async () => {
    server.mode = 'offline';
    const e = make();
    e.init({});
    for (let i = 0; i < 250; i++) e.set(`C.r${i}.type`, i);
    await vi.advanceTimersByTimeAsync(400);
    expect(server.requests[0].changes).toHaveLength(100);
    server.mode = 'online';
    await e.online();
    expect(server.requests.slice(1).map((r) => r.changes.length)).toEqual([100, 100, 50]);
    expect(server.rows.size).toBe(250);
    expect(e.snapshot()).toMatchObject({ state: 'saved', pendingCount: 0 });
  });
});

describe('lifecycle', () => {
  it('lists local-only keys and survives init → dispose → init on the same engine (React strict mode)', async () => {
    storage.data.set(storageKey(CASE), JSON.stringify({ v: 1, entries: [{ k: 'C.r7k2.type', v: 'woning', b: 0 }] }));
    server.write('A1', 'ja', 'onderzoeker');
    server.mode = 'offline';
    const e = make();
    e.init(server.answers());
    expect(e.keys().sort()).toEqual(['A1', 'C.r7k2.type']);
    e.dispose();
    server.mode = 'online';
    e.init(server.answers());
    e.set('E1', 'na herstart');
    await settle();
    expect(server.rows.get('C.r7k2.type')?.value).toBe('woning');
    expect(server.rows.get('E1')?.value).toBe('na herstart');
    expect(e.snapshot().state).toBe('saved');
  });
});

describe('conflicts', () => {
  async function conflicted(): Promise<Autosave> {
    server.write('B.financien.aanvang', 'schulden', 'onderzoeker');
    const e = make();
    e.init(server.answers());
    server.write('B.financien.aanvang', 'geen schulden', 'Fatima'); // another tab
    e.set('B.financien.aanvang', 'hoge schulden');
    await e.flushNow();
    return e;
  }

  it('exposes the conflict and does not overwrite or re-send', async () => {
    const e = await conflicted();
    expect(server.rows.get('B.financien.aanvang')?.value).toBe('geen schulden');
    expect(e.snapshot()).toMatchObject({
      state: 'error',
      pendingCount: 0,
      conflicts: [
        {
          key: 'B.financien.aanvang',
          mine: 'hoge schulden',
          theirs: 'geen schulden',
          theirRevision: 2,
          updatedBy: 'Fatima',
          updatedAt: expect.any(Number),
        },
      ],
    });
    e.set('B.financien.aanvang', 'zeer hoge schulden');
    const sent = server.requests.length;
    await settle();
    expect(server.requests).toHaveLength(sent);
    expect(e.value('B.financien.aanvang')).toBe('zeer hoge schulden');
    expect(e.snapshot().conflicts[0].mine).toBe('zeer hoge schulden');
  });

  it("resolve('theirs') adopts the server value and revision", async () => {
    const e = await conflicted();
    const sent = server.requests.length;
    e.resolve('B.financien.aanvang', 'theirs');
    await settle();
    expect(server.requests).toHaveLength(sent);
    expect([e.value('B.financien.aanvang'), e.revision('B.financien.aanvang')]).toEqual(['geen schulden', 2]);
    expect(e.snapshot()).toMatchObject({ state: 'saved', conflicts: [] });
  });

  it("resolve('mine') re-sends on the server's revision", async () => {
    const e = await conflicted();
    e.resolve('B.financien.aanvang', 'mine');
    await settle();
    expect(server.requests.at(-1)?.changes).toEqual([
      { key: 'B.financien.aanvang', value: 'hoge schulden', baseRevision: 2 },
    ]);
    expect(server.rows.get('B.financien.aanvang')).toMatchObject({ value: 'hoge schulden', revision: 3 });
    expect(e.snapshot()).toMatchObject({ state: 'saved', conflicts: [] });
  });
});

describe('rejected', () => {
  it('keeps the value, shows the message and does not retry until changed', async () => {
    server.reject = (_k, v) =>
      typeof v === 'string' && /\d{9}/.test(v) ? 'Dit lijkt een BSN; niet opgeslagen.' : null;
    const e = make();
    e.init({});
    e.set('E1', 'cliënt 123456789');
    e.set('A1', 'ja');
    await e.flushNow();
    expect(e.snapshot()).toMatchObject({
      state: 'error',
      pendingCount: 0,
      rejected: { E1: 'Dit lijkt een BSN; niet opgeslagen.' },
    });
    expect(e.value('E1')).toBe('cliënt 123456789');
    e.set('A1', 'nee');
    await settle();
    expect(server.requests.map((r) => r.changes.map((c) => c.key))).toEqual([['E1', 'A1'], ['A1']]);
    await e.retryNow(); // the explicit button does re-send it
    expect(server.requests.at(-1)?.changes.map((c) => c.key)).toEqual(['E1']);
    e.set('E1', 'cliënt (nummer weggelaten)');
    await settle();
    expect(server.rows.get('E1')?.value).toBe('cliënt (nummer weggelaten)');
    expect(e.snapshot()).toMatchObject({ state: 'saved', rejected: {} });
  });

  it('treats ok:false as a rejection of every key in the request', async () => {
    server.refuseAll = 'Casus niet gevonden.';
    const e = make();
    e.init({});
    e.set('A1', 1);
    e.set('E1', 2);
    await e.flushNow();
    expect(e.snapshot().rejected).toEqual({ A1: 'Casus niet gevonden.', E1: 'Casus niet gevonden.' });
    await settle();
    expect(server.requests).toHaveLength(1);
  });
});

describe('labels', () => {
  it('has Dutch labels for every state', () => {
    expect(
      ['saved', 'saving', 'pending', 'offline', 'error'].map((s) => stateLabel(s as AutosaveSnapshot['state'])),
    ).toEqual([
      'Opgeslagen',
      'Bezig met opslaan',
      'Wijzigingen wachten',
      'Offline – bewaard in deze browser',
      'Niet opgeslagen – opnieuw proberen',
    ]);
  });
});

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('random sessions (property)', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'seed %i: 500 changes on 30 keys with outages, lost answers and reloads lose nothing',
    async (seed) => {
      const rnd = mulberry32(seed);
      const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
      const keys = Array.from({ length: 30 }, (_, i) =>
        i % 3 === 0 ? `A${i}` : i % 3 === 1 ? `C.r${i}.type` : `D.t${i}.status`,
      );
      const last = new Map<string, unknown>();
      const seenConflicts: unknown[] = [];
      let tab = 0;
      const open = () => {
        const e = make({ onChange: (s) => seenConflicts.push(...s.conflicts) }, `tab${++tab}`);
        e.init(server.answers());
        return e;
      };
      let e = open();
      for (let i = 0; i < 500; i++) {
        const key = pick(keys);
        const r0 = rnd();
        const value = r0 < 0.08 ? null : r0 < 0.12 ? '' : r0 < 0.3 ? { n: i, lijst: [i, 'x'] } : `v${i}`;
        e.set(key, value);
        last.set(key, value);
        const r = rnd();
        if (r < 0.05) server.mode = 'offline';
        else if (r < 0.08) server.mode = 'lose';
        else if (r < 0.16) server.mode = 'online';
        if (rnd() < 0.05) void e.online();
        if (rnd() < 0.05) void e.flushNow();
        if (rnd() < 0.02) {
          e.dispose();
          e = open();
        } // reload, possibly with a request still in flight
        server.delayMs = pick([0, 0, 50, 300, 900]);
        await vi.advanceTimersByTimeAsync(pick([0, 10, 100, 399, 400, 450, 1200, 3000]));
      }
      server.mode = 'online';
      await drive(e.online());
      await drive(e.flushNow());

      expect(server.maxInFlight).toBe(1); // per engine; a reloaded tab's old request may overlap the new one
      expect(seenConflicts).toEqual([]);
      expect(e.snapshot()).toMatchObject({ state: 'saved', pendingCount: 0, conflicts: [], rejected: {} });
      expect(storage.data.has(storageKey(CASE))).toBe(false);
      const stored = (v: unknown) => (v === '' ? null : v); // the save action stores '' as null
      expect(Object.fromEntries([...server.rows].map(([k, r]) => [k, r.value]))).toEqual(
        Object.fromEntries([...last].map(([k, v]) => [k, stored(v)])),
      );
      for (const [k, v] of last) expect(stored(e.value(k))).toEqual(stored(v));
      for (const n of server.inFlight.values()) expect(n).toBe(0);
    },
  );
});
