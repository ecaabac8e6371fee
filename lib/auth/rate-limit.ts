/**
 * Login throttling: failed attempts are counted per username and per address over a window.
 * Per username stops guessing one account's password; per address stops trying many accounts.
 */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_USERNAME = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export interface FailureCounts {
  username: number;
  address: number;
}

export function loginAllowed(f: FailureCounts): boolean {
  return f.username < MAX_FAILURES_PER_USERNAME && f.address < MAX_FAILURES_PER_ADDRESS;
}

/**
 * The client address for rate limiting. Next sets x-forwarded-for to the socket address when
 * no proxy did; behind a reverse proxy the last entry is what that proxy saw.
 */
export function clientAddress(forwardedFor: string | null): string {
  const parts = (forwardedFor ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return parts.at(-1) ?? 'onbekend';
}
