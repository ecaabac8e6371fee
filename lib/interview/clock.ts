/**
 * The interview clocks: the time a case page is open and visible, accumulated per case in the
 * browser (localStorage), so it survives reloads and stops while the case is closed. The session
 * clock is the sum over the session's cases. Pure; storage is injected.
 */
export interface ClockStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** A longer gap between two ticks (a sleeping laptop, a throttled timer) counts as at most this. */
export const MAX_TICK_MS = 5000;

export const caseClockKey = (studyId: number, itemId: number): string => `dossieranalyse:klok:${studyId}:${itemId}`;

/** The time to add for one tick: never negative, never more than MAX_TICK_MS. */
export const tickMs = (last: number, now: number): number => Math.min(MAX_TICK_MS, Math.max(0, now - last));

export function readClock(storage: ClockStorage, key: string): number {
  const n = Number(storage.getItem(key));
  return Number.isFinite(n) && n > 0 ? n : 0;
}

export function addToClock(storage: ClockStorage, key: string, ms: number): number {
  const total = readClock(storage, key) + Math.max(0, ms);
  try {
    storage.setItem(key, String(Math.round(total)));
  } catch {
    /* storage full: the clock is a convenience */
  }
  return total;
}

/** m:ss, or h:mm:ss from an hour. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}

export interface Pace {
  /** Open time of every case of the session together. */
  sessionMs: number;
  /** Finished cases with a measured time. */
  measured: number;
  /** Mean open time per finished case; null without one. */
  meanMs: number | null;
  /** Finished cases per hour of session time; null before the first finished case. */
  perHour: number | null;
}

/** The real pace: cases finished per hour of open time, and the mean time per finished case. */
export function pace(cases: readonly { finished: boolean; ms: number }[]): Pace {
  const sessionMs = cases.reduce((s, c) => s + c.ms, 0);
  const done = cases.filter((c) => c.finished && c.ms > 0);
  const finished = cases.filter((c) => c.finished).length;
  const meanMs = done.length > 0 ? done.reduce((s, c) => s + c.ms, 0) / done.length : null;
  const perHour = finished > 0 && sessionMs > 0 ? finished / (sessionMs / 3_600_000) : null;
  return { sessionMs, measured: done.length, meanMs, perHour };
}
