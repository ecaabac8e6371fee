import 'server-only';
import { and, count, desc, eq, gte, like, lt, lte, or, sql, type SQL } from 'drizzle-orm';
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
  /** A team lead's teams: only entries about the cases of these teams (null = everything of the study). */
  teamIds?: number[] | null;
  limit?: number;
  offset?: number;
}

/** Audit entries that concern one case: the item itself and its answers ("<item id>:<key>"). */
function caseCondition(itemId: number): SQL {
  return or(
    and(eq(auditLog.entity, 'sample_item'), eq(auditLog.entityId, String(itemId))),
    and(eq(auditLog.entity, 'case_answer'), like(auditLog.entityId, `${itemId}:%`)),
  )!;
}

/**
 * Actions under a prefix ("auth" → "auth.login", "auth.logout"), as a range: '/' is the character after '.', so
 * `action >= 'auth.' and action < 'auth/'` is exactly `action like 'auth.%'` for case-sensitive codes. Why: a range can
 * use the index on action (a LIKE cannot, SQLite's LIKE being case-insensitive), and '_' in a prefix is no wildcard.
 */
function actionUnder(prefix: string): SQL {
  return and(gte(auditLog.action, `${prefix}.`), lt(auditLog.action, `${prefix}/`))!;
}

/**
 * Entries about the cases of these teams only: the case itself, or one of its answers. The item
 * id is matched as text, as entity_id stores it ("<item id>" or "<item id>:<key>").
 */
function teamCondition(studyId: number, teamIds: number[]): SQL {
  const ids = teamIds.length
    ? sql.join(
        teamIds.map((t) => sql`${t}`),
        sql`, `,
      )
    : sql`null`;
  const items = sql`(select cast(si.id as text) from sample_items si join frame_cases fc on fc.id = si.frame_case_id where fc.study_id = ${studyId} and fc.team_id in (${ids}))`;
  return sql`((${auditLog.entity} = 'sample_item' and ${auditLog.entityId} in ${items})
    or (${auditLog.entity} = 'case_answer' and substr(${auditLog.entityId}, 1, instr(${auditLog.entityId}, ':') - 1) in ${items}))`;
}

function conditions(studyId: number, f: AuditFilter): SQL {
  const where: SQL[] = [eq(auditLog.studyId, studyId)];
  if (f.itemId != null) where.push(caseCondition(f.itemId));
  if (f.teamIds) where.push(teamCondition(studyId, f.teamIds));
  if (f.actor) where.push(eq(auditLog.actor, f.actor));
  if (f.action) where.push(or(eq(auditLog.action, f.action), actionUnder(f.action))!);
  if (f.from != null) where.push(gte(auditLog.at, f.from));
  if (f.to != null) where.push(lte(auditLog.at, f.to));
  return and(...where)!;
}

/** The study's audit trail, newest first, filtered. Entries with no study (logins) are not included. */
export function listAuditTrail(db: Db, studyId: number, f: AuditFilter = {}) {
  return db
    .select()
    .from(auditLog)
    .where(conditions(studyId, f))
    .orderBy(desc(auditLog.id))
    .limit(f.limit ?? 5000)
    .offset(f.offset ?? 0)
    .all();
}

/** How many entries the filters match, for "pagina 2 van 14". */
export function countAuditTrail(db: Db, studyId: number, f: AuditFilter = {}): number {
  return db.select({ n: count() }).from(auditLog).where(conditions(studyId, f)).get()?.n ?? 0;
}

export type AuditRow = ReturnType<typeof listAuditTrail>[number];

/** Distinct actors and actions of a study, for the filter menus. */
export function auditFacets(db: Db, studyId: number) {
  const actors = db
    .selectDistinct({ v: auditLog.actor })
    .from(auditLog)
    .where(eq(auditLog.studyId, studyId))
    .orderBy(auditLog.actor)
    .all()
    .map((r) => r.v);
  const actions = db
    .selectDistinct({ v: auditLog.action })
    .from(auditLog)
    .where(eq(auditLog.studyId, studyId))
    .orderBy(auditLog.action)
    .all()
    .map((r) => r.v);
  return { actors, actions };
}

/** The sample item of a dossiernummer in the study's active draw (for the dossier filter), within scope. */
export function findItemByDossier(
  db: Db,
  studyId: number,
  dossiernummer: string,
  teamIds: number[] | null,
): number | null {
  const row = db
    .select({ id: sampleItems.id, teamId: frameCases.teamId })
    .from(sampleItems)
    .innerJoin(sampleDraws, eq(sampleItems.drawId, sampleDraws.id))
    .innerJoin(frameCases, eq(sampleItems.frameCaseId, frameCases.id))
    .where(and(eq(sampleDraws.studyId, studyId), eq(frameCases.dossiernummer, dossiernummer.trim())))
    .orderBy(desc(sampleDraws.version))
    .get();
  return row && teamInScope(teamIds, row.teamId) ? row.id : null;
}

/** Dossiernummer per sample item id of the study, to show which case an entry is about. */
export function dossierLabels(db: Db, studyId: number): Map<number, string> {
  const rows = db
    .select({ id: sampleItems.id, d: frameCases.dossiernummer })
    .from(sampleItems)
    .innerJoin(frameCases, eq(sampleItems.frameCaseId, frameCases.id))
    .where(eq(frameCases.studyId, studyId))
    .all();
  return new Map(rows.map((r) => [r.id, r.d]));
}

/** Logins and account changes (no study), newest first, for the beheerder. */
export function listAccountAudit(db: Db, limit = 500) {
  return db
    .select()
    .from(auditLog)
    .where(or(actionUnder('auth'), actionUnder('user')))
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .all();
}
