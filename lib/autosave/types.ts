/**
 * Contract between the interview autosave engine and the save endpoint (a server action written
 * elsewhere), plus the engine's own types. Kept free of server imports so the client bundle never
 * pulls in database code.
 */

/** One changed answer. `value` is JSON; null means the answer was cleared. */
export interface AnswerChange {
  key: string;
  value: unknown;
  /** The revision the client last saw for this key, 0 if it never saw one. */
  baseRevision: number;
}

export interface SaveRequest {
  sampleItemId: number;
  changes: AnswerChange[];
}

export type SaveOutcome =
  | { key: string; status: 'saved'; revision: number }
  | {
      key: string;
      status: 'conflict';
      serverValue: unknown;
      serverRevision: number;
      updatedBy: string;
      updatedAt: number;
    }
  /** Validation or privacy refusal (Dutch message), or the case is locked. */
  | { key: string; status: 'rejected'; message: string };

/**
 * ok:false = the whole request was refused (e.g. case not found). sessionExpired: the login
 * session ended; nothing was judged, so the changes stay queued until the user logs in again.
 */
export type SaveResponse =
  | { ok: true; outcomes: SaveOutcome[]; effects?: SaveEffects }
  | { ok: false; message: string; sessionExpired?: boolean };

/** What a save did beyond the sent keys (dependent answers, the case's status). */
export interface SaveEffects {
  /** Dependent answers the server cleared because they no longer apply, with their new revision. */
  cleared: { key: string; revision: number }[];
  /** Every answer of the case now marked "controleren", with the Dutch reason. */
  checks: Record<string, string>;
  /** The case's status after the save ('besproken', or back to 'te_bespreken' when it became incomplete). */
  status: string;
  /** Dutch notice when the save took a finished case out of the estimates. */
  notice?: string;
}

/** Sends one request. Throws or rejects when the server cannot be reached (network error / 5xx). */
export type SendFn = (req: SaveRequest) => Promise<SaveResponse>;

/** What the server holds for one key when the page loads. */
export interface ServerAnswer {
  value: unknown;
  revision: number;
}

/** The subset of `localStorage` the engine uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type TimerHandle = unknown;

/** 'expired': the login session ended; changes wait (in storage) for a new login. */
export type AutosaveState = 'saved' | 'saving' | 'pending' | 'offline' | 'error' | 'expired';

/** Someone else saved this key after we last saw it; our value is kept here until resolved. */
export interface AutosaveConflict {
  key: string;
  mine: unknown;
  theirs: unknown;
  theirRevision: number;
  updatedBy: string;
  updatedAt: number;
}

export interface AutosaveSnapshot {
  state: AutosaveState;
  /** Keys with a change that is waiting to be sent or is being sent. */
  pendingCount: number;
  conflicts: AutosaveConflict[];
  /** Key → Dutch message from the server; these keys are not retried until changed again (or retryNow). */
  rejected: Record<string, string>;
  /** Time (ms) of the last response that stored at least one answer; null if none this session. */
  lastSavedAt: number | null;
  /** True when the last write to local storage failed (e.g. quota); changes are then only in memory. */
  storageFailed: boolean;
}

export interface AutosaveOptions {
  sampleItemId: number;
  storage: StorageLike;
  send: SendFn;
  /** Quiet time before a flush; at most 500 ms. Default 400. */
  debounceMs?: number;
  /** A flush happens at most this long after the first unsent change, even while typing goes on. Default 3000. */
  maxWaitMs?: number;
  /** Delays between retries while unreachable; the last one repeats. Default [1000, 2000, 5000, 10000]. */
  retryMs?: number[];
  /** At most this many changes per request (the save action accepts 200). Default 100. */
  maxBatch?: number;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => TimerHandle;
  clearTimer?: (handle: TimerHandle) => void;
  onChange?: (snapshot: AutosaveSnapshot) => void;
  /** What a save did beyond the sent keys (cleared dependent answers, "controleren" marks, the case's status). */
  onEffects?: (effects: SaveEffects) => void;
}

export interface Autosave {
  /** Loads what the server has; stored unsent changes for this case are kept and sent. */
  init(serverAnswers: Record<string, ServerAnswer>): void;
  set(key: string, value: unknown): void;
  /** Local value if there is one (pending, conflicted or rejected), else the server value. */
  value(key: string): unknown;
  /** The last server revision seen for this key, 0 if none. */
  revision(key: string): number;
  /** Every key with a server or local value, so answers that exist only locally can be shown too. */
  keys(): string[];
  resolve(key: string, choice: 'mine' | 'theirs'): void;
  /** Resolves once everything pending now has been sent (or failed). */
  flushNow(): Promise<void>;
  /** Sends now, also re-sending rejected keys ("opnieuw proberen"). */
  retryNow(): Promise<void>;
  /** Call from the window 'online' event. */
  online(): Promise<void>;
  snapshot(): AutosaveSnapshot;
  /** Stops timers, callbacks and storage writes (an answer still in flight is applied in memory); init() revives. */
  dispose(): void;
}
