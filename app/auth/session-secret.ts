import 'server-only';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { dbFile } from '@/db/client';

let cached: string | null = null;

/**
 * The key iron-session seals the cookie with. SESSION_SECRET (at least 32 characters) when set;
 * otherwise a random key kept beside the database file (mode 0600), so sessions survive a restart
 * without anyone having to configure a secret.
 */
export function sessionSecret(): string {
  if (cached) return cached;
  const env = process.env.SESSION_SECRET;
  if (env) {
    if (env.length < 32) throw new Error('SESSION_SECRET moet minstens 32 tekens hebben.');
    return (cached = env);
  }
  const file = `${dbFile()}.session-key`;
  try {
    cached = fs.readFileSync(file, 'utf8').trim();
  } catch {
    const key = crypto.randomBytes(32).toString('base64url');
    try {
      fs.writeFileSync(file, key, { mode: 0o600, flag: 'wx' });
      cached = key;
    } catch {
      cached = fs.readFileSync(file, 'utf8').trim(); // another worker wrote it first
    }
  }
  return cached!;
}
