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

export function writeAudit(tx: Tx, e: AuditEntry): void {
  tx.insert(auditLog).values({
    actor: e.actor,
    action: e.action,
    studyId: e.studyId ?? null,
    entity: e.entity,
    entityId: e.entityId == null ? null : String(e.entityId),
    oldValue: e.oldValue ?? null,
    newValue: e.newValue ?? null,
  }).run();
}

export function listAudit(db: Db, studyId: number, action?: string) {
  const where = action ? and(eq(auditLog.studyId, studyId), eq(auditLog.action, action)) : eq(auditLog.studyId, studyId);
  return db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).all();
}
