import { createHash } from 'node:crypto';
import { hasPersonalData } from '../privacy/guard';
import { usernameSchema } from './login-schema';

/**
 * The name a login attempt is recorded under (login_attempts and the audit log's actor). Why: people
 * type their e-mail address into the username field; that must not land in the append-only log.
 * A typed name that cannot be a username, or that fails the personal-data guard, is recorded as
 * `ongeldig:<first 12 hex of its SHA-256>`, which still lets the per-name rate limit count it.
 */
export function recordedUsername(typed: string): string {
  const name = typed.trim().toLowerCase();
  if (usernameSchema.safeParse(name).success && !hasPersonalData(name)) return name;
  return `ongeldig:${createHash('sha256').update(name).digest('hex').slice(0, 12)}`;
}
