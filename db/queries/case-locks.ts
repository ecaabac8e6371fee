import 'server-only';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../client';

const statements = new WeakMap<object, Statement>();

/** The approval lock of a case (case_reviews.locked_at), or null. Checked by every write to a case. */
export function getCaseLock(db: Db, itemId: number): { lockedAt: number; lockedBy: string | null } | null {
  let s = statements.get(db.$client);
  if (!s)
    statements.set(
      db.$client,
      (s = db.$client
        .prepare('select locked_at, locked_by from case_reviews where sample_item_id = ? and locked_at is not null')
        .raw()),
    );
  const row = s.get(itemId) as [number, string | null] | undefined;
  return row ? { lockedAt: row[0], lockedBy: row[1] } : null;
}
