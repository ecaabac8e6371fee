/**
 * The size bound on a server action's body. Next refuses a larger body itself, but answers a
 * fetch action with a bare 500 and an English error; the proxy answers first, with a 413 and a
 * Dutch message that Next's client passes on as the action's error (it reads a text/plain body).
 * A body sent without Content-Length still meets Next's own limit (then the 500).
 */

/** Next 16's default `serverActions.bodySizeLimit` (1 MB), which next.config.js keeps. */
export const ACTION_BODY_LIMIT = 1024 * 1024;

export const ACTION_BODY_TOO_LARGE =
  'Dit verzoek is te groot (meer dan 1 MB) en is niet verwerkt; er is niets opgeslagen. Maak de tekst korter of sla op in kleinere delen.';

/** True for a server-action POST (Next-Action header) that declares a body over the limit. */
export function actionBodyTooLarge(method: string, nextAction: string | null, contentLength: string | null): boolean {
  if (method !== 'POST' || !nextAction || !contentLength) return false;
  const n = Number(contentLength);
  return Number.isFinite(n) && n > ACTION_BODY_LIMIT;
}
