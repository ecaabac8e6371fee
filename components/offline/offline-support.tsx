'use client';

import { useEffect, useState } from 'react';
import { usePathname } from 'next/navigation';
import { isLoginPage, OFFLINE_CACHE_PREFIX, sessionPage } from '@/lib/offline/scope';
import { askWorker } from '@/lib/offline/messages';
import type { WarmResult } from '@/lib/offline/warm';

/** The worker only exists in a production build (`npm run build` runs `serwist build`). */
const ENABLED = process.env.NODE_ENV === 'production';

/** Deletes every offline copy of a page: at the login page, so nothing of one user stays for the next. */
async function clearOfflineCopies(): Promise<void> {
  const reg = await navigator.serviceWorker.getRegistration();
  if (reg?.active) await askWorker(reg.active, { type: 'offline-clear' }, 5000);
  // Also without a worker (or if it did not answer): the caches belong to this origin.
  for (const name of await caches.keys()) if (name.startsWith(OFFLINE_CACHE_PREFIX)) await caches.delete(name);
}

/** Registers the worker and has it fetch the session of this page; what is now available offline. */
async function prepareSession(path: string): Promise<WarmResult | null> {
  await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  const reg = await navigator.serviceWorker.ready;
  // Fetching a whole session takes a second or two; a slow network may take longer.
  return reg.active ? askWorker(reg.active, { type: 'offline-session', path }, 120_000) : null;
}

/**
 * On an interview session or case page: makes the session available without a network and says
 * how far that got. On the login page: clears what an earlier login left. Elsewhere: nothing.
 */
export function OfflineSupport() {
  const pathname = usePathname();
  const [result, setResult] = useState<{ path: string; warm: WarmResult } | null>(null);
  const session = sessionPage(pathname)?.sessionPath ?? null;

  const login = isLoginPage(pathname);
  useEffect(() => {
    if (!ENABLED || !('serviceWorker' in navigator) || !window.isSecureContext) return;
    if (login) {
      void clearOfflineCopies().catch(() => undefined);
      return;
    }
    if (!session) return;
    // Once per session, not per case: moving between its cases needs nothing new.
    let live = true;
    const prepare = () =>
      prepareSession(session).then(
        (warm) => {
          if (live && warm) setResult({ path: session, warm });
        },
        () => undefined,
      );
    void prepare();
    // A new worker (after a deploy) starts with empty page caches: fetch the session again for it.
    navigator.serviceWorker.addEventListener('controllerchange', prepare);
    return () => {
      live = false;
      navigator.serviceWorker.removeEventListener('controllerchange', prepare);
    };
  }, [login, session]);

  if (!result || result.path !== session || result.warm.cached === 0) return null;
  const { cached, cases, fresh } = result.warm;
  const label =
    cases != null && cached >= cases
      ? `alle ${cases} dossiers`
      : `${cached}${cases != null ? ` van ${cases}` : ''} dossiers`;
  return (
    <span
      className="offline-ready"
      data-offline-ready={cached}
      title="Deze sessie opent ook zonder netwerk, tot 12 uur na het laden of tot je uitlogt. Antwoorden worden bewaard in deze browser en verstuurd zodra er verbinding is."
    >
      {fresh ? `Zonder netwerk te openen: ${label}` : `Geen verbinding – ${label} staan in deze browser`}
    </span>
  );
}
