import { describe, expect, it } from 'vitest';
import {
  createAutosave,
  stateLabel,
  storageKey,
  type SaveRequest,
  type SaveResponse,
  type StorageLike,
} from '@/lib/autosave';

class MemoryStorage implements StorageLike {
  data = new Map<string, string>();
  getItem = (k: string) => this.data.get(k) ?? null;
  setItem = (k: string, v: string) => void this.data.set(k, v);
  removeItem = (k: string) => void this.data.delete(k);
}

/** A save endpoint whose login session can expire: it then judges nothing, like saveAnswersAction. */
function server() {
  const stored = new Map<string, { value: unknown; revision: number }>();
  const s = {
    loggedIn: true,
    requests: 0,
    stored,
    send: async (req: SaveRequest): Promise<SaveResponse> => {
      s.requests++;
      if (!s.loggedIn) return { ok: false, message: 'Je sessie is verlopen.', sessionExpired: true };
      return {
        ok: true,
        outcomes: req.changes.map((c) => {
          const revision = (stored.get(c.key)?.revision ?? 0) + 1;
          stored.set(c.key, { value: c.value, revision });
          return { key: c.key, status: 'saved' as const, revision };
        }),
      };
    },
  };
  return s;
}

describe('autosave when the login session expires', () => {
  it('keeps every answer queued and stored, says so, and sends them after a new login (reload)', async () => {
    const storage = new MemoryStorage();
    const srv = server();
    const e = createAutosave({ sampleItemId: 7, storage, send: srv.send, debounceMs: 0 });
    e.init({});
    e.set('A1', 'gezin');
    await e.flushNow();
    expect(srv.stored.get('A1')).toEqual({ value: 'gezin', revision: 1 });

    srv.loggedIn = false;
    e.set('E1', 12);
    e.set('F1', 'toelichting');
    await e.flushNow();
    expect(e.snapshot()).toMatchObject({ state: 'expired', pendingCount: 2, rejected: {} });
    expect(stateLabel('expired')).toMatch(/Sessie verlopen/);
    expect(
      JSON.parse(storage.getItem(storageKey(7))!)
        .entries.map((x: { k: string }) => x.k)
        .sort(),
    ).toEqual(['E1', 'F1']);
    e.set('E1', 13); // typing goes on while logged out: still kept
    await e.flushNow();
    expect(e.snapshot().pendingCount).toBe(2);
    e.dispose();

    // Log in again; the page reloads and a new engine finds the queue in storage and sends it.
    srv.loggedIn = true;
    const again = createAutosave({ sampleItemId: 7, storage, send: srv.send, debounceMs: 0 });
    again.init({ A1: { value: 'gezin', revision: 1 } });
    await again.flushNow();
    expect(again.snapshot()).toMatchObject({ state: 'saved', pendingCount: 0 });
    expect(Object.fromEntries([...srv.stored].map(([k, v]) => [k, v.value]))).toEqual({
      A1: 'gezin',
      E1: 13,
      F1: 'toelichting',
    });
    expect(storage.getItem(storageKey(7))).toBeNull();
  });

  it('resumes in the same page once a login elsewhere makes the server accept again', async () => {
    const storage = new MemoryStorage();
    const srv = server();
    const e = createAutosave({ sampleItemId: 8, storage, send: srv.send, debounceMs: 0 });
    e.init({});
    srv.loggedIn = false;
    e.set('A1', 'oudere');
    await e.flushNow();
    expect(e.snapshot().state).toBe('expired');
    srv.loggedIn = true;
    await e.retryNow();
    expect(e.snapshot()).toMatchObject({ state: 'saved', pendingCount: 0 });
    expect(srv.stored.get('A1')?.value).toBe('oudere');
    e.dispose();
  });
});
