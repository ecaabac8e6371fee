import type {
  Autosave,
  AutosaveConflict,
  AutosaveOptions,
  AutosaveSnapshot,
  SaveEffects,
  SaveOutcome,
  SaveResponse,
  ServerAnswer,
  TimerHandle,
} from './types';
import { isRecord, jsonEqual, readSlot, storageKey, writeSlot, type StoredEntry } from './slot';

export { jsonEqual, storageKey };

/** A local change not yet confirmed. `unacked`: values sent without an answer yet (they may be stored already). */
interface Entry {
  value: unknown;
  baseRevision: number;
  seq: number;
  unacked: unknown[];
}
interface Conflict extends AutosaveConflict {
  baseRevision: number;
}
interface Rejected {
  value: unknown;
  baseRevision: number;
  message: string;
}

export const MAX_DEBOUNCE_MS = 500;
const MAX_UNACKED = 20;
/** The save action handles at most 200 changes per request; a long offline queue goes in parts. */
const DEFAULT_MAX_BATCH = 100;
const NO_ANSWER = 'Onverwacht antwoord van de server; dit antwoord is niet opgeslagen.';

/** Whether the server holding `server` means it holds local value `local` (the save action stores '' as null). */
const holds = (server: unknown, local: unknown): boolean =>
  jsonEqual(server === '' ? null : server, local === '' ? null : local);

/**
 * Creates the autosave engine for one case. Every change is written to storage at once and sent
 * in debounced batches, one request at a time, so an answer survives reloads, lost connections and
 * server refusals; a change based on an outdated revision comes back as a conflict, never as a
 * silent overwrite.
 */
export function createAutosave(opts: AutosaveOptions): Autosave {
  const {
    sampleItemId,
    storage,
    send,
    debounceMs = 400,
    maxWaitMs = 3000,
    maxBatch = DEFAULT_MAX_BATCH,
    now = Date.now,
    onChange,
  } = opts;
  const retryMs = opts.retryMs?.length ? opts.retryMs : [1000, 2000, 5000, 10000];
  const setTimer = opts.setTimer ?? ((fn: () => void, ms: number): TimerHandle => setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((h: TimerHandle) => clearTimeout(h as ReturnType<typeof setTimeout>));
  if (!(debounceMs >= 0 && debounceMs <= MAX_DEBOUNCE_MS))
    throw new RangeError(`debounceMs must be 0–${MAX_DEBOUNCE_MS}`);
  if (!(Number.isInteger(maxBatch) && maxBatch > 0)) throw new RangeError('maxBatch must be a positive integer');
  const slotKey = storageKey(sampleItemId);

  const known = new Map<string, ServerAnswer>();
  const pending = new Map<string, Entry>();
  const conflicts = new Map<string, Conflict>();
  const rejected = new Map<string, Rejected>();
  let seq = 0,
    attempt = 0,
    lastSavedAt: number | null = null,
    firstUnsentAt: number | null = null;
  let sending = false,
    offline = false,
    expired = false,
    again = false,
    storageFailed = false,
    disposed = false;
  let debounce: { h: TimerHandle } | null = null,
    retry: { h: TimerHandle } | null = null;
  let current: Promise<void> | null = null;

  function load(): void {
    for (const e of readSlot(storage, slotKey)) {
      const base = { value: e.v ?? null, baseRevision: e.b };
      if (typeof e.m === 'string') rejected.set(e.k, { ...base, message: e.m });
      else pending.set(e.k, { ...base, seq: ++seq, unacked: Array.isArray(e.u) ? e.u : [] });
    }
  }

  /** Conflicts are stored as pending with their original base, so after a reload the server re-judges them. */
  function persist(): void {
    if (disposed) return; // a newer engine for this case may own the slot now
    const entries: StoredEntry[] = [];
    for (const [k, e] of pending)
      entries.push({ k, v: e.value, b: e.baseRevision, ...(e.unacked.length ? { u: e.unacked } : {}) });
    for (const [k, c] of conflicts) entries.push({ k, v: c.mine, b: c.baseRevision });
    for (const [k, r] of rejected) entries.push({ k, v: r.value, b: r.baseRevision, m: r.message });
    storageFailed = !writeSlot(storage, slotKey, entries); // on failure the in-memory queue is still sent
  }

  /** While unreachable, a retry in flight still reads 'offline': the indicator must not flicker to 'saving'. */
  function snapshot(): AutosaveSnapshot {
    const state =
      sending && !offline
        ? 'saving'
        : expired
          ? 'expired'
          : offline
            ? 'offline'
            : conflicts.size || rejected.size
              ? 'error'
              : pending.size
                ? 'pending'
                : 'saved';
    return {
      state,
      pendingCount: pending.size,
      lastSavedAt,
      storageFailed,
      conflicts: [...conflicts.values()].map(({ baseRevision: _, ...c }) => c),
      rejected: Object.fromEntries([...rejected].map(([k, r]) => [k, r.message])),
    };
  }

  function notify(): void {
    if (disposed || !onChange) return;
    try {
      onChange(snapshot());
    } catch (err) {
      queueMicrotask(() => {
        throw err;
      });
    } // a UI bug must not stall saving
  }

  function arm(ms: number, which: 'debounce' | 'retry'): void {
    const slot = { h: null as TimerHandle };
    if (which === 'debounce') debounce = slot;
    else retry = slot;
    slot.h = setTimer(() => {
      if (debounce === slot) debounce = null;
      if (retry === slot) retry = null;
      void flush();
    }, ms);
  }
  function clearTimers(which: 'debounce' | 'retry' | 'both'): void {
    if (debounce && which !== 'retry') {
      clearTimer(debounce.h);
      debounce = null;
    }
    if (retry && which !== 'debounce') {
      clearTimer(retry.h);
      retry = null;
    }
  }

  /** Debounced flush; while unreachable the backoff timer does the sending instead. */
  function schedule(): void {
    firstUnsentAt ??= now();
    clearTimers('debounce');
    if (disposed || retry) return;
    arm(Math.max(0, Math.min(debounceMs, maxWaitMs - (now() - firstUnsentAt))), 'debounce');
  }

  function flush(): Promise<void> {
    clearTimers('debounce');
    if (current) {
      again = true;
      return current;
    }
    if (pending.size === 0) return Promise.resolve();
    clearTimers('retry');
    const batch = [...pending].slice(0, maxBatch);
    for (const [, e] of batch) {
      if (!e.unacked.some((v) => jsonEqual(v, e.value))) e.unacked = [...e.unacked, e.value].slice(-MAX_UNACKED);
    }
    if (batch.length < pending.size) again = true; // the rest follows right after this part
    const sent = new Map(batch.map(([k, e]) => [k, { ...e }]));
    firstUnsentAt = null;
    sending = true;
    notify();
    current = exchange(sent).then(() => {
      current = null;
      sending = false;
      persist();
      notify();
      const chain = again && !offline && !expired && !disposed;
      again = false;
      if (chain) void flush();
    });
    return current;
  }

  async function exchange(sent: Map<string, Entry>): Promise<void> {
    let res: SaveResponse;
    try {
      res = await send({
        sampleItemId,
        changes: [...sent].map(([key, e]) => ({ key, value: e.value, baseRevision: e.baseRevision })),
      });
    } catch {
      offline = true;
      attempt += 1;
      clearTimers('debounce'); // the backoff timer sends the changes made meanwhile too
      if (!disposed) arm(retryMs[Math.min(attempt, retryMs.length) - 1] ?? 1000, 'retry');
      return;
    }
    offline = false;
    attempt = 0;
    if (isRecord(res) && res.ok === false && res.sessionExpired === true) {
      // Logged out: nothing was judged, so every change stays queued (and stored) until a new login.
      // A slow retry picks up a login made in another tab; a reload after login sends them at init.
      expired = true;
      clearTimers('debounce');
      if (!disposed) arm(retryMs[retryMs.length - 1], 'retry');
      return;
    }
    expired = false;
    const answered = new Set<string>();
    if (isRecord(res) && res.ok === true && Array.isArray(res.outcomes)) {
      for (const o of res.outcomes) {
        const s = sent.get(o?.key);
        if (s && !answered.has(o.key) && apply(o, s)) answered.add(o.key);
      }
    }
    const message = isRecord(res) && res.ok === false && typeof res.message === 'string' ? res.message : NO_ANSWER;
    for (const [key, s] of sent) if (!answered.has(key)) reject(key, s, message);
    if (isRecord(res) && res.ok === true && isRecord(res.effects)) serverEffects(res.effects);
  }

  /** Dependent answers the server cleared: known as cleared, unless a local change of them waits (it then meets the new revision). */
  function serverEffects(effects: SaveEffects): void {
    for (const c of Array.isArray(effects.cleared) ? effects.cleared : []) {
      if (typeof c?.key === 'string' && Number.isInteger(c.revision) && !pending.has(c.key) && !conflicts.has(c.key))
        known.set(c.key, { value: null, revision: c.revision });
    }
    if (!disposed && opts.onEffects) {
      try {
        opts.onEffects(effects);
      } catch (err) {
        queueMicrotask(() => {
          throw err;
        });
      }
    }
  }

  /** Applies one outcome; false when it is malformed (then the key counts as unanswered). */
  function apply(o: SaveOutcome, s: Entry): boolean {
    const cur = pending.get(o.key);
    if (o.status === 'saved' && Number.isInteger(o.revision)) landed(o.key, s.value, o.revision, s);
    else if (o.status === 'conflict' && Number.isInteger(o.serverRevision)) {
      // Our own earlier write may have landed although its answer was lost: that is no conflict.
      const ours = (cur ?? s).unacked.some((v) => holds(o.serverValue, v));
      if (ours) landed(o.key, o.serverValue, o.serverRevision, s);
      else {
        pending.delete(o.key);
        known.set(o.key, { value: o.serverValue, revision: o.serverRevision });
        conflicts.set(o.key, {
          key: o.key,
          mine: (cur ?? s).value,
          theirs: o.serverValue,
          theirRevision: o.serverRevision,
          updatedBy: o.updatedBy,
          updatedAt: o.updatedAt,
          baseRevision: s.baseRevision,
        });
      }
    } else if (o.status === 'rejected' && typeof o.message === 'string') reject(o.key, s, o.message);
    else return false;
    return true;
  }

  /** The server holds `value` at `revision`: drop our change if it is that value, else rebase it. */
  function landed(key: string, value: unknown, revision: number, s: Entry): void {
    known.set(key, { value, revision });
    lastSavedAt = now();
    const cur = pending.get(key);
    if (!cur) return;
    if (cur.seq === s.seq && holds(value, cur.value)) pending.delete(key);
    else {
      pending.set(key, { ...cur, baseRevision: revision, unacked: [] });
      if (cur.seq === s.seq) again = true; // not changed meanwhile, so no debounce is armed for it
    }
  }

  function reject(key: string, s: Entry, message: string): void {
    const cur = pending.get(key);
    if (cur && cur.seq !== s.seq) cur.unacked = cur.unacked.filter((v) => !jsonEqual(v, s.value)); // refused, so not stored
    if (!cur || cur.seq !== s.seq) return; // changed meanwhile: the newer value goes in the next request
    pending.delete(key);
    rejected.set(key, { value: cur.value, baseRevision: cur.baseRevision, message });
  }

  async function flushNow(): Promise<void> {
    while (current) await current;
    await flush();
    while (current) await current;
  }

  load();
  return {
    init(serverAnswers) {
      disposed = false; // React may run the effect (init … dispose) twice on the same engine
      known.clear();
      for (const [k, a] of Object.entries(serverAnswers)) known.set(k, { value: a.value, revision: a.revision });
      notify();
      if (pending.size) void flush();
    },
    set(key, value) {
      value ??= null;
      const c = conflicts.get(key);
      if (c)
        c.mine = value; // stays a conflict until resolved
      else {
        const cur = pending.get(key);
        const base = cur?.baseRevision ?? rejected.get(key)?.baseRevision ?? known.get(key)?.revision ?? 0;
        rejected.delete(key);
        pending.set(key, { value, baseRevision: base, seq: ++seq, unacked: cur?.unacked ?? [] });
        schedule();
      }
      persist();
      notify();
    },
    value(key) {
      const local = pending.get(key) ?? rejected.get(key);
      if (local) return local.value;
      const c = conflicts.get(key);
      return c ? c.mine : known.get(key)?.value;
    },
    revision: (key) => known.get(key)?.revision ?? 0,
    keys: () => [...new Set([...known.keys(), ...pending.keys(), ...conflicts.keys(), ...rejected.keys()])],
    resolve(key, choice) {
      const c = conflicts.get(key);
      if (!c) return;
      conflicts.delete(key);
      if (choice === 'theirs') known.set(key, { value: c.theirs, revision: c.theirRevision });
      else {
        pending.set(key, { value: c.mine, baseRevision: c.theirRevision, seq: ++seq, unacked: [] });
        schedule();
      }
      persist();
      notify();
    },
    flushNow,
    retryNow() {
      for (const [k, r] of rejected)
        pending.set(k, { value: r.value, baseRevision: r.baseRevision, seq: ++seq, unacked: [] });
      rejected.clear();
      persist();
      return flushNow();
    },
    online: flushNow,
    snapshot,
    dispose() {
      clearTimers('both');
      disposed = true;
    },
  };
}
