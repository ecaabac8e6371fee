import 'server-only';
import { Refusal } from '@/lib/refusal';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { inTransaction, type Db } from '../client';
import { caseReviews, caseworkers, frameCases, reviewEvents, sampleDraws, sampleItems, teams } from '../schema';
import { writeAudit } from './audit';
import { getCaseLock } from './case-locks';
import { teamInScope } from '@/lib/auth/permissions';
import { approveRefusal, reviewStatus, type ReviewFacts, type ReviewStatus } from '@/lib/review/status';
import { codebookV1 } from '@/lib/codebook';
import { keyInfo } from '@/lib/interview/answer-keys';
import { personalDataMessage } from '@/lib/privacy';
import { getStudyLists } from './study-lists';

/** Thrown for a refused review step; the Dutch message goes to the user as-is. */
export class ReviewRefused extends Refusal {}

export type ReviewEvent = typeof reviewEvents.$inferSelect;

/** A case of the active draw, within the caller's team scope (null = all teams), or null. */
export function getScopedItem(db: Db, studyId: number, itemId: number, teamIds: number[] | null) {
  const item = db
    .select({
      id: sampleItems.id,
      status: sampleItems.status,
      caseworkerId: sampleItems.caseworkerId,
      caseworker: caseworkers.name,
      teamId: frameCases.teamId,
      team: teams.name,
      dossiernummer: frameCases.dossiernummer,
      incompleteReason: sampleItems.incompleteReason,
    })
    .from(sampleItems)
    .innerJoin(sampleDraws, eq(sampleItems.drawId, sampleDraws.id))
    .innerJoin(frameCases, eq(sampleItems.frameCaseId, frameCases.id))
    .innerJoin(caseworkers, eq(sampleItems.caseworkerId, caseworkers.id))
    .innerJoin(teams, eq(frameCases.teamId, teams.id))
    .where(and(eq(sampleItems.id, itemId), eq(sampleDraws.studyId, studyId), eq(sampleDraws.status, 'actief')))
    .get();
  return item && teamInScope(teamIds, item.teamId) ? item : null;
}

export function listReviewEvents(db: Db, itemId: number): ReviewEvent[] {
  return db
    .select()
    .from(reviewEvents)
    .where(eq(reviewEvents.sampleItemId, itemId))
    .orderBy(asc(reviewEvents.id))
    .all();
}

/** Questions without an answer yet. */
export function openQuestions(events: ReviewEvent[]): ReviewEvent[] {
  const answered = new Set(events.filter((e) => e.kind === 'antwoord' && e.parentId != null).map((e) => e.parentId));
  return events.filter((e) => e.kind === 'vraag' && !answered.has(e.id));
}

function facts(db: Db, item: { id: number; status: string }): ReviewFacts {
  return {
    itemStatus: item.status,
    locked: getCaseLock(db, item.id) != null,
    openQuestions: openQuestions(listReviewEvents(db, item.id)).length,
  };
}

type Scope = { studyId: number; itemId: number; teamIds: number[] | null; actor: string };

function scoped(db: Db, s: Scope) {
  const item = getScopedItem(db, s.studyId, s.itemId, s.teamIds);
  if (!item) throw new ReviewRefused('Dit dossier bestaat niet of valt buiten je team.');
  return item;
}

/** Length and the personal-data guard, before anything is stored or audited. */
const clean = (text: string, what: string) => {
  const t = text.trim();
  if (t.length < 3) throw new ReviewRefused(`${what} is te kort.`);
  if (t.length > 2000) throw new ReviewRefused(`${what} mag hoogstens 2000 tekens hebben.`);
  const refusal = personalDataMessage(what, t);
  if (refusal) throw new ReviewRefused(refusal);
  return t;
};

/**
 * A question about one answer names that answer's key: a key the codebook knows for this study,
 * and for a repeat-table row one that exists in this case. Anything else is refused, so the key
 * column cannot carry free text.
 */
function checkedQuestionKey(db: Db, studyId: number, itemId: number, raw: string | null | undefined): string | null {
  const key = raw?.trim() || null;
  if (key === null) return null;
  const info = key.length <= 80 ? keyInfo(codebookV1, getStudyLists(db, studyId), key) : null;
  const exists = () =>
    db.$client.prepare('select 1 from case_answers where sample_item_id = ? and question_key = ?').get(itemId, key) !==
    undefined;
  if (!info || (info.table?.type === 'repeat' && !exists())) {
    throw new ReviewRefused('Kies bij "Over" een vraag uit de lijst (of "het hele dossier").');
  }
  return key;
}

/** A team lead's (or researcher's) question about a case, or about one answer (questionKey). */
export function askQuestion(db: Db, s: Scope & { body: string; questionKey?: string | null }): number {
  return inTransaction(db, () => {
    const item = scoped(db, s);
    // An approved case is closed: a question would wait on answers nobody may change.
    if (getCaseLock(db, item.id))
      throw new ReviewRefused(
        'Dit dossier is goedgekeurd en vergrendeld. Vraag de onderzoeker het eerst te ontgrendelen.',
      );
    const body = clean(s.body, 'De vraag');
    const questionKey = checkedQuestionKey(db, s.studyId, item.id, s.questionKey);
    const row = db
      .insert(reviewEvents)
      .values({ sampleItemId: item.id, kind: 'vraag', questionKey, body, createdBy: s.actor })
      .returning({ id: reviewEvents.id })
      .get();
    writeAudit(db, {
      actor: s.actor,
      action: 'review.question',
      studyId: s.studyId,
      entity: 'sample_item',
      entityId: item.id,
      newValue: { questionKey, body },
    });
    return row.id;
  });
}

/** The researcher's answer to one open question; it closes that question. */
export function answerQuestion(db: Db, s: Scope & { questionId: number; body: string }): number {
  return inTransaction(db, () => {
    const item = scoped(db, s);
    const body = clean(s.body, 'Het antwoord');
    const open = openQuestions(listReviewEvents(db, item.id)).find((q) => q.id === s.questionId);
    if (!open) throw new ReviewRefused('Deze vraag bestaat niet of is al beantwoord.');
    const row = db
      .insert(reviewEvents)
      .values({
        sampleItemId: item.id,
        kind: 'antwoord',
        questionKey: open.questionKey,
        parentId: open.id,
        body,
        createdBy: s.actor,
      })
      .returning({ id: reviewEvents.id })
      .get();
    writeAudit(db, {
      actor: s.actor,
      action: 'review.answer',
      studyId: s.studyId,
      entity: 'sample_item',
      entityId: item.id,
      newValue: { questionId: open.id, questionKey: open.questionKey, body },
    });
    return row.id;
  });
}

/** Goedgekeurd: locks the case against every edit until a researcher unlocks it with a reason. */
export function approveCase(db: Db, s: Scope): void {
  inTransaction(db, () => {
    const item = scoped(db, s);
    const refusal = approveRefusal(facts(db, item));
    if (refusal) throw new ReviewRefused(refusal);
    writeApproval(db, s.studyId, item.id, s.actor);
  });
}

/** The lock, the thread entry and the audit entry of one approval; call inside a transaction, after the checks. */
export function writeApproval(db: Db, studyId: number, itemId: number, actor: string, bulk = false): void {
  const now = Date.now();
  db.$client
    .prepare(
      `insert into case_reviews (sample_item_id, locked_at, locked_by) values (?, ?, ?)
    on conflict (sample_item_id) do update set locked_at = excluded.locked_at, locked_by = excluded.locked_by, revision = revision + 1`,
    )
    .run(itemId, now, actor);
  db.insert(reviewEvents).values({ sampleItemId: itemId, kind: 'goedgekeurd', createdBy: actor }).run();
  writeAudit(db, {
    actor,
    action: 'case.approve',
    studyId,
    entity: 'sample_item',
    entityId: itemId,
    oldValue: { locked: false },
    newValue: { locked: true, lockedAt: now, ...(bulk ? { bulk: true } : {}) },
  });
}

/** Only with a reason, which is kept in the review thread and the audit log. */
export function unlockCase(db: Db, s: Scope & { reason: string }): void {
  inTransaction(db, () => {
    const item = scoped(db, s);
    const reason = clean(s.reason, 'De reden');
    const lock = getCaseLock(db, item.id);
    if (!lock) throw new ReviewRefused('Dit dossier is niet vergrendeld.');
    db.$client
      .prepare(
        'update case_reviews set locked_at = null, locked_by = null, revision = revision + 1 where sample_item_id = ?',
      )
      .run(item.id);
    db.insert(reviewEvents)
      .values({ sampleItemId: item.id, kind: 'ontgrendeld', body: reason, createdBy: s.actor })
      .run();
    writeAudit(db, {
      actor: s.actor,
      action: 'case.unlock',
      studyId: s.studyId,
      entity: 'sample_item',
      entityId: item.id,
      oldValue: { locked: true, lockedAt: lock.lockedAt, lockedBy: lock.lockedBy },
      newValue: { locked: false, reason },
    });
  });
}

export interface ReviewRow {
  itemId: number;
  dossiernummer: string;
  caseworkerId: number;
  caseworker: string;
  teamId: number;
  team: string;
  status: ReviewStatus;
  openQuestions: number;
  /** The interview status (te_bespreken, reserve_in_gebruik, besproken) and the lock, behind `status`. */
  itemStatus: string;
  locked: boolean;
}

/** Every reviewable case of the active draw within the team scope, with its review status. */
export function listReviewRows(db: Db, studyId: number, teamIds: number[] | null): ReviewRow[] {
  const where = [
    eq(sampleDraws.studyId, studyId),
    eq(sampleDraws.status, 'actief'),
    inArray(sampleItems.status, ['te_bespreken', 'reserve_in_gebruik', 'besproken']),
  ];
  if (teamIds) where.push(inArray(frameCases.teamId, teamIds));
  const rows = db
    .select({
      itemId: sampleItems.id,
      status: sampleItems.status,
      dossiernummer: frameCases.dossiernummer,
      caseworkerId: sampleItems.caseworkerId,
      caseworker: caseworkers.name,
      teamId: frameCases.teamId,
      team: teams.name,
      lockedAt: caseReviews.lockedAt,
    })
    .from(sampleItems)
    .innerJoin(sampleDraws, eq(sampleItems.drawId, sampleDraws.id))
    .innerJoin(frameCases, eq(sampleItems.frameCaseId, frameCases.id))
    .innerJoin(caseworkers, eq(sampleItems.caseworkerId, caseworkers.id))
    .innerJoin(teams, eq(frameCases.teamId, teams.id))
    .leftJoin(caseReviews, eq(caseReviews.sampleItemId, sampleItems.id))
    .where(and(...where))
    .orderBy(asc(teams.name), asc(caseworkers.name), asc(sampleItems.position))
    .all();
  const ids = rows.map((r) => r.itemId);
  const events = ids.length ? db.select().from(reviewEvents).where(inArray(reviewEvents.sampleItemId, ids)).all() : [];
  const open = new Map<number, number>();
  for (const q of openQuestions(events)) open.set(q.sampleItemId, (open.get(q.sampleItemId) ?? 0) + 1);
  return rows.map((r) => {
    const openQuestions = open.get(r.itemId) ?? 0;
    return {
      itemId: r.itemId,
      dossiernummer: r.dossiernummer,
      caseworkerId: r.caseworkerId,
      caseworker: r.caseworker,
      teamId: r.teamId,
      team: r.team,
      status: reviewStatus({ itemStatus: r.status, locked: r.lockedAt != null, openQuestions })!,
      openQuestions,
      itemStatus: r.status,
      locked: r.lockedAt != null,
    };
  });
}

/** Open questions of the study (within scope), newest first, for the researcher's list. */
export function listOpenQuestions(db: Db, studyId: number, teamIds: number[] | null) {
  const rows = listReviewRows(db, studyId, teamIds).filter((r) => r.openQuestions > 0);
  const byItem = new Map(rows.map((r) => [r.itemId, r]));
  if (byItem.size === 0) return [];
  const events = db
    .select()
    .from(reviewEvents)
    .where(inArray(reviewEvents.sampleItemId, [...byItem.keys()]))
    .all();
  return openQuestions(events)
    .sort((a, b) => b.id - a.id)
    .map((q) => ({ ...q, item: byItem.get(q.sampleItemId)! }));
}
