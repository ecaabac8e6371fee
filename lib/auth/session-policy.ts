/**
 * Session lifetime rules. The cookie only carries a sealed session id; the sessions row decides,
 * so a session can be revoked and times out on inactivity even while the cookie is still there.
 */

/** Idle timeout: a session not used for this long must log in again (answers stay queued locally). */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
/** Absolute lifetime, whatever the activity. */
export const MAX_SESSION_MS = 12 * 60 * 60 * 1000;

/** The session cookie's name (its value is the iron-session seal of `{ sid }`). */
export const SESSION_COOKIE = 'dossieranalyse_sessie';
/** last_seen_at is written at most this often, so reads do not each cost a write. */
export const TOUCH_EVERY_MS = 60 * 1000;

export interface SessionRow {
  createdAt: number;
  lastSeenAt: number;
  revokedAt: number | null;
}

export type SessionState = 'active' | 'idle' | 'expired' | 'revoked';

export function sessionState(s: SessionRow, now: number, idleMs = IDLE_TIMEOUT_MS): SessionState {
  if (s.revokedAt != null) return 'revoked';
  if (now - s.createdAt > MAX_SESSION_MS) return 'expired';
  if (now - s.lastSeenAt > idleMs) return 'idle';
  return 'active';
}

export function needsTouch(s: SessionRow, now: number): boolean {
  return now - s.lastSeenAt >= TOUCH_EVERY_MS;
}

/**
 * Whether the session cookie gets the Secure flag. COOKIE_SECURE=1/0 decides when set; otherwise
 * Secure exactly when the request came over HTTPS, as told by the reverse proxy (x-forwarded-proto).
 * Plain http://localhost keeps working without a proxy.
 */
export function cookieSecure(forwardedProto: string | null, env: string | undefined): boolean {
  if (env === '1' || env === 'true') return true;
  if (env === '0' || env === 'false') return false;
  return (forwardedProto ?? '').split(',')[0].trim().toLowerCase() === 'https';
}

/** A single leading "/" followed by anything but another "/" or "\" (or nothing): a path on this site. */
const SINGLE_SLASH = /^\/(?![\/\\])/;
const CONTROL = /[\x00-\x1f\x7f\\]/;

/**
 * A return path after login: only same-site paths, so /inloggen?terug= cannot send users elsewhere.
 * The rule (a single leading "/" followed by a non-"/", non-"\" character) holds for the value as
 * given, after percent-decoding, and after the URL parser has resolved dot segments: "/..//host",
 * "/.//host" and "/%2e%2e//host" all become "//host" (another site) and are refused.
 */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value) return '/';
  let decoded = value;
  try {
    // Decoded until stable (bounded): "%252e" is "%2e" once decoded, "." twice.
    for (let i = 0; i < 5; i++) {
      const next = decodeURIComponent(decoded);
      if (next === decoded) break;
      decoded = next;
    }
  } catch {
    return '/';
  }
  // Control characters and backslashes are refused outright: browsers drop tabs and newlines and
  // read \ as /, so "/\t/evil.example" would become "//evil.example", another site.
  for (const v of [value, decoded]) {
    if (!SINGLE_SLASH.test(v) || CONTROL.test(v)) return '/';
  }
  const base = 'http://dossieranalyse.invalid';
  let url: URL;
  let plain: URL;
  try {
    url = new URL(value, base);
    plain = new URL(decoded, base);
  } catch {
    return '/';
  }
  if (url.origin !== base || plain.origin !== base) return '/';
  const result = url.pathname + url.search + url.hash;
  return SINGLE_SLASH.test(result) && SINGLE_SLASH.test(plain.pathname) ? result : '/';
}
