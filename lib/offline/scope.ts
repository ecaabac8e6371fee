/**
 * What the service worker may keep for offline use, as pure functions of a URL path. Why here:
 * the worker, the page that registers it and the tests must agree on one definition of "a page
 * of an interview session", and nothing outside it may ever be cached (no /api, no login, no
 * other study pages).
 */
import { ANSWERABLE_STATUSES } from '@/lib/sampling/unusable';

/** Every cache the offline support writes starts with this; logging out deletes them all. */
export const OFFLINE_CACHE_PREFIX = 'dossieranalyse-offline-';
export const PAGES_CACHE = `${OFFLINE_CACHE_PREFIX}pages`;
export const RSC_CACHE = `${OFFLINE_CACHE_PREFIX}rsc`;

/** Cached pages are kept 12 hours at most: the longest a login lasts (lib/auth/session-policy). */
export const OFFLINE_MAX_AGE_SECONDS = 12 * 60 * 60;
/** Enough for several full sessions (about 15 cases each, document and RSC payload apiece). */
export const OFFLINE_MAX_ENTRIES = 400;

/** The sessions page of one caseworker, or one of their cases. */
export interface SessionPage {
  studyId: number;
  caseworkerId: number;
  /** The case (sample item) id, or null for the session page itself. */
  itemId: number | null;
  /** /onderzoeken/<study>/interviews/<caseworker> */
  sessionPath: string;
}

const SESSION_PAGE = /^\/onderzoeken\/(\d{1,9})\/interviews\/(\d{1,9})(?:\/(\d{1,9}))?\/?$/;

/** The interview-session page a path points to, or null: only these pages are ever cached. */
export function sessionPage(pathname: string): SessionPage | null {
  const m = SESSION_PAGE.exec(pathname);
  if (!m) return null;
  const [studyId, caseworkerId] = [Number(m[1]), Number(m[2])];
  return {
    studyId,
    caseworkerId,
    itemId: m[3] === undefined ? null : Number(m[3]),
    sessionPath: `/onderzoeken/${studyId}/interviews/${caseworkerId}`,
  };
}

/** The login page: reaching it (after logging out, or with an expired session) clears the offline copies. */
export function isLoginPage(pathname: string): boolean {
  return pathname === '/inloggen' || pathname.startsWith('/inloggen/');
}

/** Where the worker asks which cases belong to a session (a JSON list, itself never cached). */
export function sessionListUrl(s: Pick<SessionPage, 'studyId' | 'caseworkerId'>): string {
  return `/api/onderzoeken/${s.studyId}/interviews/${s.caseworkerId}/offline`;
}

/**
 * The pages to keep for a session: the session page and every case the interview can open
 * (not the unusable ones, not the unused reserves: those have no interview form).
 */
export function sessionPagePaths(sessionPath: string, cases: { id: number; status: string }[]): string[] {
  return [sessionPath, ...cases.filter((c) => ANSWERABLE_STATUSES.has(c.status)).map((c) => `${sessionPath}/${c.id}`)];
}
