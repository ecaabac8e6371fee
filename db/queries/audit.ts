import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog } from '../schema';

/** A transaction handle or the db itself: audit entries are written inside the change they describe. */
export type Tx = Pick<Db, 'insert' | 'select' | 'update' | 'delete' | 'run' | 'all' | 'get' | '$client'>;

export interface AuditEntry {
  actor: string;
  action: string;
  studyId?: number | null;
  entity: string;
  entityId?: string | number | null;
  oldValue?: unknown;
  newValue?: unknown;
}

// One prepared statement per connection: autosave writes an audit entry for every answer.
const inserts = new WeakMap<object, import('better-sqlite3').Statement>();

export function writeAudit(tx: Tx, e: AuditEntry): void {
  let insert = inserts.get(tx.$client);
  if (!insert) {
    insert = tx.$client.prepare(
      'insert into audit_log (at, actor, action, study_id, entity, entity_id, old_value, new_value) values (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    inserts.set(tx.$client, insert);
  }
  const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));
  insert.run(
    Date.now(),
    e.actor,
    e.action,
    e.studyId ?? null,
    e.entity,
    e.entityId == null ? null : String(e.entityId),
    json(e.oldValue),
    json(e.newValue),
  );
}

export function listAudit(db: Db, studyId: number, action?: string) {
  const where = action
    ? and(eq(auditLog.studyId, studyId), eq(auditLog.action, action))
    : eq(auditLog.studyId, studyId);
  return db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).all();
}
