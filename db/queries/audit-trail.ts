import 'server-only';
import { and, desc, eq, gte, like, lt, lte, or, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { auditLog, frameCases, sampleDraws, sampleItems } from '../schema';
import { teamInScope } from '@/lib/auth/permissions';

export interface AuditFilter {
  /** One case (sample item id): its answers, status, replacement, review and lock entries. */
  itemId?: number | null;
  actor?: string | null;
  action?: string | null;
  from?: number | null;
  to?: number | null;
  limit?: number;
}

/** Audit entries that concern one case: the item itself and its answers ("<item id>:<key>"). */
function caseCondition(itemId: number): SQL {
  return or(and(eq(auditLog.entity, 'sample_item'), eq(auditLog.entityId, String(itemId))),
    and(eq(auditLog.entity, 'case_answer'), like(auditLog.entityId, `${itemId}:%`)))!;
}

/**
 * Actions under a prefix ("auth" → "auth.login", "auth.logout"), as a range: '/' is the character after '.', so
 * `action >= 'auth.' and action < 'auth/'` is exactly `action like 'auth.%'` for case-sensitive codes. Why: a range can
 * use the index on action (a LIKE cannot, SQLite's LIKE being case-insensitive), and '_' in a prefix is no wildcard.
 */
function actionUnder(prefix: string): SQL {
  return and(gte(auditLog.action, `${prefix}.`), lt(auditLog.action, `${prefix}/`))!;
}

/** The study's audit trail, newest first, filtered. Entries with no study (logins) are not included. */
export function listAuditTrail(db: Db, studyId: number, f: AuditFilter = {}) {
  const where: SQL[] = [eq(auditLog.studyId, studyId)];
  if (f.itemId != null) where.push(caseCondition(f.itemId));
  if (f.actor) where.push(eq(auditLog.actor, f.actor));
  if (f.action) where.push(or(eq(auditLog.action, f.action), actionUnder(f.action))!);
  if (f.from != null) where.push(gte(auditLog.at, f.from));
  if (f.to != null) where.push(lte(auditLog.at, f.to));
  return db.select().from(auditLog).where(and(...where)).orderBy(desc(auditLog.id)).limit(f.limit ?? 5000).all();
}

export type AuditRow = ReturnType<typeof listAuditTrail>[number];

/** Distinct actors and actions of a study, for the filter menus. */
export function auditFacets(db: Db, studyId: number) {
  const actors = db.selectDistinct({ v: auditLog.actor }).from(auditLog).where(eq(auditLog.studyId, studyId)).orderBy(auditLog.actor).all().map((r) => r.v);
  const actions = db.selectDistinct({ v: auditLog.action }).from(auditLog).where(eq(auditLog.studyId, studyId)).orderBy(auditLog.action).all().map((r) => r.v);
  return { actors, actions };
}

/** The sample item of a dossiernummer in the study's active draw (for the dossier filter), within scope. */
export function findItemByDossier(db: Db, studyId: number, dossiernummer: string, teamIds: number[] | null): number | null {
  const row = db.select({ id: sampleItems.id, teamId: frameCases.teamId }).from(sampleItems)
    .innerJoin(sampleDraws, eq(sampleItems.drawId, sampleDraws.id)).innerJoin(frameCases, eq(sampleItems.frameCaseId, frameCases.id))
    .where(and(eq(sampleDraws.studyId, studyId), eq(frameCases.dossiernummer, dossiernummer.trim())))
    .orderBy(desc(sampleDraws.version)).get();
  return row && teamInScope(teamIds, row.teamId) ? row.id : null;
}

/** Dossiernummer per sample item id of the study, to show which case an entry is about. */
export function dossierLabels(db: Db, studyId: number): Map<number, string> {
  const rows = db.select({ id: sampleItems.id, d: frameCases.dossiernummer }).from(sampleItems)
    .innerJoin(frameCases, eq(sampleItems.frameCaseId, frameCases.id)).where(eq(frameCases.studyId, studyId)).all();
  return new Map(rows.map((r) => [r.id, r.d]));
}

/** Logins and account changes (no study), newest first, for the beheerder. */
export function listAccountAudit(db: Db, limit = 500) {
  return db.select().from(auditLog).where(or(actionUnder('auth'), actionUnder('user'))).orderBy(desc(auditLog.id)).limit(limit).all();
}

