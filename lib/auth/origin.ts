/**
 * The same-origin check Next applies to server actions, for the upload route handlers too.
 * Why: a cross-site form can POST a file with the user's cookie; SameSite=Lax alone is the only
 * defence otherwise. Mirrors Next's action handler: the Origin's host must equal the first
 * x-forwarded-host (behind a proxy) or the Host header; a request without Origin (an old browser,
 * or a hand-made request that carries no one else's cookies) passes unless the browser itself
 * says it is cross-site.
 */
export interface OriginHeaders {
  origin: string | null;
  host: string | null;
  forwardedHost: string | null;
  secFetchSite: string | null;
}

export const CROSS_ORIGIN_MESSAGE =
  'Dit verzoek komt niet van deze website en is geweigerd. Open Dossieranalyse zelf en upload het bestand daar.';

export function sameOriginRequest(h: OriginHeaders): boolean {
  if (h.secFetchSite === 'cross-site') return false;
  if (!h.origin) return true;
  if (h.origin === 'null') return false;
  let originHost: string;
  try {
    originHost = new URL(h.origin).host;
  } catch {
    return false;
  }
  const forwarded = h.forwardedHost?.split(',')[0]?.trim() || null;
  return originHost === forwarded || originHost === h.host;
}
