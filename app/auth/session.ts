import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { getIronSession, unsealData, type SessionOptions } from 'iron-session';
import { getDb } from '@/db/client';
import { createSession, resolveSession, revokeSession, type SessionLookup } from '@/db/queries/sessions';
import { cookieSecure, MAX_SESSION_MS, SESSION_COOKIE } from '@/lib/auth/session-policy';
import { sessionSecret } from './session-secret';

interface SessionData {
  sid?: string;
}

export { SESSION_COOKIE };

/** httpOnly, SameSite=Lax, Secure behind HTTPS (see cookieSecure); the cookie holds only the sealed session id. */
async function options(): Promise<SessionOptions> {
  const proto = (await headers()).get('x-forwarded-proto');
  return {
    cookieName: SESSION_COOKIE,
    password: sessionSecret(),
    ttl: MAX_SESSION_MS / 1000,
    cookieOptions: {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: cookieSecure(proto, process.env.COOKIE_SECURE),
    },
  };
}

async function ironSession() {
  return getIronSession<SessionData>(await cookies(), await options());
}

/**
 * Sealed cookie → session id, for cookies already opened. Unsealing (PBKDF2, AES, HMAC through
 * WebCrypto's thread pool) was about a tenth of an autosave's server time; the result of an
 * authenticated seal never changes, and whether the session still counts is decided by the
 * database on every request (idle, 12 h maximum, revoked), so caching it loosens nothing.
 */
const opened = new Map<string, string | null>();
const OPENED_MAX = 1000;

async function sessionId(): Promise<string | null> {
  const raw = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!raw) return null;
  const hit = opened.get(raw);
  if (hit !== undefined) return hit;
  // A damaged or foreign cookie means "not logged in", never a server error.
  const data = await unsealData<SessionData>(raw, { password: sessionSecret(), ttl: MAX_SESSION_MS / 1000 }).catch(
    () => ({}) as SessionData,
  );
  const sid = typeof data.sid === 'string' ? data.sid : null;
  if (opened.size >= OPENED_MAX) opened.delete(opened.keys().next().value!);
  opened.set(raw, sid);
  return sid;
}

/** The session of this request (once per request): the user, or why there is none. */
export const currentSession = cache(async (): Promise<SessionLookup | { state: 'none' }> => {
  const sid = await sessionId();
  if (!sid) return { state: 'none' };
  return resolveSession(getDb(), sid);
});

export async function currentUser() {
  const s = await currentSession();
  return s.state === 'active' ? s.user : null;
}

/** Starts a session for a user who just proved their password (server actions only: they can set cookies). */
export async function startSession(userId: number): Promise<void> {
  const session = await ironSession();
  if (session.sid) revokeSession(getDb(), session.sid); // no session fixation: always a fresh id
  session.sid = createSession(getDb(), userId);
  await session.save();
}

export async function endSession(): Promise<void> {
  const session = await ironSession();
  if (session.sid) revokeSession(getDb(), session.sid);
  session.destroy();
}

/** The request's path (set by proxy.ts), so a login can return to where the user was. */
export async function requestPath(): Promise<string> {
  return (await headers()).get('x-dossier-path') ?? '/';
}

/** The client address for rate limiting (see lib/auth/rate-limit clientAddress). */
export async function requestAddress(): Promise<string> {
  const { clientAddress } = await import('@/lib/auth/rate-limit');
  return clientAddress((await headers()).get('x-forwarded-for'));
}
