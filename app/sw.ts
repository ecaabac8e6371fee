/// <reference lib="webworker" />
/**
 * The service worker (built by `serwist build` into public/sw.js, see serwist.config.js). It keeps
 * the pages of an interview session for use without a network:
 * - the app shell: Next's JS and CSS chunks, precached when the worker installs;
 * - each session page and case page, as HTML document and as the RSC payload Next fetches to
 *   navigate in the browser: always from the network when there is one, the cached copy only offline;
 * - nothing else: no /api, no server action (passed on, never stored), no login, no other page.
 * Logging out (reaching /inloggen) clears the cached pages; they expire after 12 hours anyway.
 */
import {
  ExpirationPlugin,
  NetworkFirst,
  Serwist,
  StaleWhileRevalidate,
  type PrecacheEntry,
  type SerwistGlobalConfig,
  type SerwistPlugin,
} from 'serwist';
import {
  OFFLINE_CACHE_PREFIX,
  OFFLINE_MAX_AGE_SECONDS,
  OFFLINE_MAX_ENTRIES,
  PAGES_CACHE,
  RSC_CACHE,
  sessionListUrl,
  sessionPage,
} from '@/lib/offline/scope';
import { cacheKeyUrl, keepsResponse, offlineKind } from '@/lib/offline/requests';
import { createRefresher } from '@/lib/offline/refresh';
import { createWarmer } from '@/lib/offline/warm';
import type { OfflineMessage } from '@/lib/offline/messages';

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

const origin = self.location.origin;
/** Raised at logout: a response fetched before it is never stored after it. */
let generation = 0;

function pagePlugins(kind: 'document' | 'rsc'): [SerwistPlugin, ExpirationPlugin] {
  const keep: SerwistPlugin = {
    cacheKeyWillBeUsed: async ({ request }) => cacheKeyUrl(request.url, kind),
    requestWillFetch: async ({ request, state }) => {
      if (state) state.generation = generation;
      return request;
    },
    cacheWillUpdate: async ({ response, state }) =>
      state?.generation === generation && keepsResponse(kind, response) ? response : null,
  };
  return [keep, new ExpirationPlugin({ maxAgeSeconds: OFFLINE_MAX_AGE_SECONDS, maxEntries: OFFLINE_MAX_ENTRIES })];
}

const documentPlugins = pagePlugins('document');
const rscPlugins = pagePlugins('rsc');
/** No network timeout: online, the page always comes from the server, so it is never stale. */
const documents = new NetworkFirst({
  cacheName: PAGES_CACHE,
  plugins: documentPlugins,
  matchOptions: { ignoreVary: true },
});
const rscPayloads = new NetworkFirst({
  cacheName: RSC_CACHE,
  matchOptions: { ignoreVary: true },
  plugins: [
    ...rscPlugins,
    {
      // No payload kept for this page: answer with its document, so Next loads it as a whole page (from the cache).
      handlerDidError: async ({ request }) =>
        (await caches.open(PAGES_CACHE)).match(cacheKeyUrl(request.url, 'document'), { ignoreVary: true }),
    },
  ],
});

/** Fetches one page into both caches, within the lifetime of `event`. */
async function cachePage(path: string, event: ExtendableEvent): Promise<void> {
  const url = new URL(path, origin).href;
  for (const [strategy, request] of [
    [documents, new Request(url, { headers: { accept: 'text/html' } })],
    [rscPayloads, new Request(`${url}?_rsc`, { headers: { rsc: '1' } })],
  ] as const) {
    const [response, done] = strategy.handleAll({ event, request });
    await response.catch(() => undefined);
    await done.catch(() => undefined);
  }
}

/** Cases of a session with a cached document younger than the cache lifetime. */
async function cachedCases(sessionPath: string): Promise<number> {
  const cache = await caches.open(PAGES_CACHE);
  const prefix = `${origin}${sessionPath}/`;
  let n = 0;
  for (const key of await cache.keys()) {
    if (!key.url.startsWith(prefix) || !/^\d+$/.test(key.url.slice(prefix.length))) continue;
    const date = Date.parse((await cache.match(key, { ignoreVary: true }))?.headers.get('date') ?? '');
    if (Date.now() - date < OFFLINE_MAX_AGE_SECONDS * 1000) n++;
  }
  return n;
}

const warmer = createWarmer<ExtendableEvent>({
  async listPages(sessionPath) {
    const page = sessionPage(sessionPath)!;
    const res = await fetch(sessionListUrl(page), { headers: { accept: 'application/json' }, cache: 'no-store' });
    if (!res.ok || res.redirected) throw new Error(`session list: ${res.status}`);
    const body = (await res.json()) as { pages?: unknown };
    return Array.isArray(body.pages)
      ? body.pages.filter((p): p is string => typeof p === 'string' && sessionPage(p)?.sessionPath === sessionPath)
      : [];
  },
  cachePage,
  cachedCases,
  minIntervalMs: 5 * 60 * 1000,
});

const refresher = createRefresher<ExtendableEvent>({ refresh: cachePage, delayMs: 1500, sessionIntervalMs: 60_000 });

async function clearAll(): Promise<void> {
  generation++;
  refresher.cancelAll();
  warmer.clear();
  await Promise.all([documentPlugins[1].deleteCacheAndMetadata(), rscPlugins[1].deleteCacheAndMetadata()]);
  for (const name of await caches.keys()) if (name.startsWith(OFFLINE_CACHE_PREFIX)) await caches.delete(name);
}

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    { matcher: ({ request }) => offlineKind(request, origin) === 'document', handler: documents },
    { matcher: ({ request }) => offlineKind(request, origin) === 'rsc', handler: rscPayloads },
    {
      // Server actions go to the network untouched; after a save the page's offline copy is refreshed.
      method: 'POST',
      matcher: ({ request }) => offlineKind(request, origin) === 'action',
      handler: async ({ request, event }) => {
        const response = await fetch(request);
        const page = sessionPage(new URL(request.url).pathname);
        if (response.ok && page && 'waitUntil' in event)
          event.waitUntil(refresher.saved(new URL(request.url).pathname, page.sessionPath, event));
        return response;
      },
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname === '/icon.svg',
      handler: new StaleWhileRevalidate({ cacheName: `${OFFLINE_CACHE_PREFIX}assets` }),
    },
  ],
});

// A new version of the worker belongs to a new build: pages cached by the old one point at
// chunks the new precache no longer has. Drop them; the next opening of a session fetches them again.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of [PAGES_CACHE, RSC_CACHE]) await caches.delete(name);
    })(),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data as OfflineMessage | null;
  const reply = (value: unknown) => event.ports[0]?.postMessage(value);
  if (data?.type === 'offline-session') {
    const page = typeof data.path === 'string' ? sessionPage(data.path) : null;
    if (!page) return reply(null);
    event.waitUntil(warmer.warm(page.sessionPath, event).then(reply, () => reply(null)));
  } else if (data?.type === 'offline-clear') {
    event.waitUntil(
      clearAll().then(
        () => reply(true),
        () => reply(false),
      ),
    );
  }
});

serwist.addEventListeners();
