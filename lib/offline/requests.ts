/**
 * Which requests the offline worker answers, and under which cache key. Pure functions of a
 * request's method, URL and headers, so the worker and the tests share them.
 */
import { sessionPage } from './scope';

/** What the worker does with a same-origin request. */
export type OfflineKind =
  /** The HTML document of a session page: network first, the cached copy offline. */
  | 'document'
  /** The RSC payload Next fetches to navigate to a session page in the browser: the same. */
  | 'rsc'
  /** A server action posted from a session page (an autosave, finishing a case): passed on, never cached. */
  | 'action'
  | null;

export interface RequestLike {
  method: string;
  url: string;
  headers: { get(name: string): string | null };
}

/**
 * Classifies a request. Anything outside an interview session (other pages, /api, the login,
 * static files) and every prefetch is null: the worker leaves it to the browser.
 */
export function offlineKind(req: RequestLike, origin: string): OfflineKind {
  const url = new URL(req.url);
  if (url.origin !== origin || !sessionPage(url.pathname)) return null;
  const rsc = req.headers.get('rsc') === '1';
  if (req.method === 'POST') return req.headers.get('next-action') ? 'action' : null;
  if (req.method !== 'GET') return null;
  if (!rsc) return 'document';
  // Prefetches are speculative and partial (segment prefetches, loading states): never kept.
  if (req.headers.get('next-router-prefetch') || req.headers.get('next-router-segment-prefetch')) return null;
  return 'rsc';
}

/** One key per page and kind, whatever the query (Next adds a cache-busting `_rsc` value per router state). */
export function cacheKeyUrl(url: string, kind: 'document' | 'rsc'): string {
  const u = new URL(url);
  const path = u.pathname.length > 1 ? u.pathname.replace(/\/$/, '') : u.pathname;
  return `${u.origin}${path}${kind === 'rsc' ? '?offline=rsc' : ''}`;
}

/** Only a plain, complete answer of the page itself is kept: no redirect (to the login), no error page. */
export function keepsResponse(
  kind: 'document' | 'rsc',
  res: { status: number; redirected: boolean; type: string; headers: { get(name: string): string | null } },
): boolean {
  if (res.status !== 200 || res.redirected || res.type !== 'basic') return false;
  const type = res.headers.get('content-type') ?? '';
  return kind === 'document' ? type.startsWith('text/html') : type.startsWith('text/x-component');
}
