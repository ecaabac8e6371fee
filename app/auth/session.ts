import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { getIronSession, type SessionOptions } from 'iron-session';
import { getDb } from '@/db/client';
import { createSession, resolveSession, revokeSession, type SessionLookup } from '@/db/queries/sessions';
import { cookieSecure, MAX_SESSION_MS } from '@/lib/auth/session-policy';
import { sessionSecret } from './session-secret';

interface SessionData { sid?: string }

export const SESSION_COOKIE = 'dossieranalyse_sessie';

/** httpOnly, SameSite=Lax, Secure behind HTTPS (see cookieSecure); the cookie holds only the sealed session id. */
async function options(): Promise<SessionOptions> {
  const proto = (await headers()).get('x-forwarded-proto');
  return {
    cookieName: SESSION_COOKIE,
    password: sessionSecret(),
    ttl: MAX_SESSION_MS / 1000,
    cookieOptions: { httpOnly: true, sameSite: 'lax', path: '/', secure: cookieSecure(proto, process.env.COOKIE_SECURE) },
  };
}

async function ironSession() {
  return getIronSession<SessionData>(await cookies(), await options());
}

/** The session of this request (once per request): the user, or why there is none. */
export const currentSession = cache(async (): Promise<SessionLookup | { state: 'none' }> => {
  const session = await ironSession();
  if (!session.sid) return { state: 'none' };
  return resolveSession(getDb(), session.sid);
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
