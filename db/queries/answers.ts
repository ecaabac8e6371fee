import 'server-only';
import type { Statement } from 'better-sqlite3';
import { and, eq } from 'drizzle-orm';
import { inTransaction, type Db } from '../client';
import { caseworkers, frameCases, sampleDraws, sampleItems, teams } from '../schema';
import { writeAudit } from './audit';
import { buildCaseAnswersSchema, buildCompleteCaseSchema, codebookV1, type Codebook, type StudyLists } from '@/lib/codebook';
import { getStudyLists } from './study-lists';
import { ANSWERABLE_STATUSES } from '@/lib/sampling/unusable';
import { storeTally } from './tallies';
import { getCaseLock } from './case-locks';
import { LOCKED_MESSAGE } from '@/lib/review/status';
import { entriesToAnswers, keyInfo, pathToKey, type Entries } from '@/lib/interview/answer-keys';
import type { AnswerChange, SaveOutcome, SaveResponse } from '@/lib/autosave/types';

/** The codebook and lists a study interviews with (its own lists when edited). */
export function getStudyCodebook(db: Db, studyId: number): { codebook: Codebook; lists: StudyLists } {
  return { codebook: codebookV1, lists: getStudyLists(db, studyId) };
}

// Building the zod schemas walks the whole codebook; do it once per list set, not per save.
const partialSchemas = new WeakMap<StudyLists, ReturnType<typeof buildCaseAnswersSchema>>();
const completeSchemas = new WeakMap<StudyLists, ReturnType<typeof buildCompleteCaseSchema>>();
function schemasFor(codebook: Codebook, lists: StudyLists) {
  if (!partialSchemas.has(lists)) partialSchemas.set(lists, buildCaseAnswersSchema(codebook, lists));
  if (!completeSchemas.has(lists)) completeSchemas.set(lists, buildCompleteCaseSchema(codebook, lists));
  return { partial: partialSchemas.get(lists)!, complete: completeSchemas.get(lists)! };
}

type Statements = {
  answers: Statement;
  upsert: Statement;
};
// Autosave is the hot path (every answer of every interview): statements are prepared once per connection.
const statements = new WeakMap<object, Statements>();
function prepared(db: Db): Statements {
  let s = statements.get(db.$client);
  if (!s) {
    s = {
      answers: db.$client.prepare('select question_key, value, revision, updated_by, updated_at from case_answers where sample_item_id = ?').raw(),
      upsert: db.$client.prepare(`insert into case_answers (sample_item_id, question_key, value, revision, updated_at, updated_by) values (?, ?, ?, ?, ?, ?)
        on conflict (sample_item_id, question_key) do update set value = excluded.value, revision = excluded.revision, updated_at = excluded.updated_at, updated_by = excluded.updated_by`),
    };
    statements.set(db.$client, s);
  }
  return s;
}


/** A sampled case of the study's active draw, with what the frame knows about it. */
export function getInterviewItem(db: Db, studyId: number, itemId: number) {
  return db
    .select({
      id: sampleItems.id, drawId: sampleItems.drawId, status: sampleItems.status, role: sampleItems.role, position: sampleItems.position,
      caseworkerId: sampleItems.caseworkerId, caseworker: caseworkers.name, team: teams.name,
      dossiernummer: frameCases.dossiernummer, householdType: frameCases.householdType, startDate: frameCases.startDate,
    })
    .from(sampleItems)
    .innerJoin(sampleDraws, eq(sampleItems.drawId, sampleDraws.id))
    .innerJoin(frameCases, eq(sampleItems.frameCaseId, frameCases.id))
    .innerJoin(caseworkers, eq(sampleItems.caseworkerId, caseworkers.id))
    .innerJoin(teams, eq(frameCases.teamId, teams.id))
    .where(and(eq(sampleItems.id, itemId), eq(sampleDraws.studyId, studyId), eq(sampleDraws.status, 'actief')))
    .get() ?? null;
}

export type StoredAnswer = { value: unknown; revision: number; updatedBy: string; updatedAt: number };

export function getAnswers(db: Db, itemId: number): Record<string, StoredAnswer> {
  const rows = prepared(db).answers.all(itemId) as [string, string | null, number, string, number][];
  return Object.fromEntries(rows.map(([key, value, revision, updatedBy, updatedAt]) =>
    [key, { value: value === null ? null : JSON.parse(value), revision, updatedBy, updatedAt }]));
}

const valuesOf = (stored: Record<string, StoredAnswer>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(stored).map(([k, v]) => [k, v.value]));

/**
 * Saves changed answers, each only if nobody changed it since the client last saw it (its
 * revision). A newer server value is returned as a conflict, never overwritten. Values are
 * checked with the codebook's zod schema; a refused value is reported per key.
 */
export function saveAnswers(db: Db, input: { studyId: number; sampleItemId: number; changes: AnswerChange[]; actor: string }): SaveResponse {
  return inTransaction(db, () => {
    const item = getInterviewItem(db, input.studyId, input.sampleItemId);
    if (!item) return { ok: false, message: 'Dit dossier hoort niet bij de actieve steekproef van dit onderzoek.' };
    if (!ANSWERABLE_STATUSES.has(item.status)) return { ok: false, message: `Dit dossier is ${item.status.replace(/_/g, ' ')} en kan niet ingevuld worden.` };
    if (getCaseLock(db, item.id)) return { ok: false, message: LOCKED_MESSAGE };
    const { codebook, lists } = getStudyCodebook(db, input.studyId);
    const stored = getAnswers(db, item.id);
    const outcomes: SaveOutcome[] = [];
    const accepted: AnswerChange[] = [];
    for (const change of input.changes) {
      const current = stored[change.key];
      if (!keyInfo(codebook, lists, change.key)) {
        outcomes.push({ key: change.key, status: 'rejected', message: `Onbekende vraag "${change.key}".` });
      } else if ((current?.revision ?? 0) !== change.baseRevision) {
        outcomes.push({ key: change.key, status: 'conflict', serverValue: current?.value ?? null, serverRevision: current?.revision ?? 0, updatedBy: current?.updatedBy ?? '', updatedAt: current?.updatedAt ?? 0 });
      } else accepted.push(change);
    }
    // Validate the case as it would be after the accepted changes; refuse only the keys at fault.
    const merged: Entries = { ...valuesOf(stored), ...Object.fromEntries(accepted.map((c) => [c.key, c.value])) };
    const { answers, rowIds } = entriesToAnswers(codebook, merged);
    const parsed = schemasFor(codebook, lists).partial.safeParse(answers);
    const faults = new Map<string, string>();
    if (!parsed.success) for (const issue of parsed.error.issues) faults.set(pathToKey(issue.path as (string | number)[], rowIds), issue.message);
    const now = Date.now();
    for (const change of accepted) {
      const fault = faults.get(change.key);
      if (fault) {
        outcomes.push({ key: change.key, status: 'rejected', message: fault });
        continue;
      }
      const current = stored[change.key];
      const value = change.value === '' || change.value === undefined ? null : change.value;
      const revision = (current?.revision ?? 0) + 1;
      prepared(db).upsert.run(item.id, change.key, value === null ? null : JSON.stringify(value), revision, now, input.actor);
      writeAudit(db, { actor: input.actor, action: 'answer.save', studyId: input.studyId, entity: 'case_answer', entityId: `${item.id}:${change.key}`,
        oldValue: current ? { value: current.value, revision: current.revision } : null, newValue: { value, revision } });
      outcomes.push({ key: change.key, status: 'saved', revision });
    }
    // A finished case keeps its stored tally current, so the estimates never read a stale one.
    if (item.status === 'besproken' && outcomes.some((o) => o.status === 'saved')) {
      storeTally(db, item.id, valuesOf(getAnswers(db, item.id)), codebook, lists);
    }
    return { ok: true, outcomes };
  });
}

export type FinishResult = { ok: true; status: 'besproken' } | { ok: false; message: string; errors: { key: string; message: string }[] };

/** Finishing checks the whole case against the complete-case schema; only a valid case becomes besproken. */
export function finishCase(db: Db, input: { studyId: number; sampleItemId: number; actor: string }): FinishResult {
  return inTransaction(db, () => {
    const item = getInterviewItem(db, input.studyId, input.sampleItemId);
    if (!item) return { ok: false, message: 'Dit dossier hoort niet bij de actieve steekproef van dit onderzoek.', errors: [] };
    if (!ANSWERABLE_STATUSES.has(item.status)) return { ok: false, message: `Dit dossier is ${item.status.replace(/_/g, ' ')} en kan niet afgerond worden.`, errors: [] };
    if (getCaseLock(db, item.id)) return { ok: false, message: LOCKED_MESSAGE, errors: [] };
    const { codebook, lists } = getStudyCodebook(db, input.studyId);
    const { answers, rowIds } = entriesToAnswers(codebook, valuesOf(getAnswers(db, item.id)));
    const parsed = schemasFor(codebook, lists).complete.safeParse(answers);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((i) => ({ key: pathToKey(i.path as (string | number)[], rowIds), message: i.message }));
      return { ok: false, message: `Nog niet compleet: ${errors.length} ${errors.length === 1 ? 'punt' : 'punten'} om aan te vullen.`, errors };
    }
    storeTally(db, item.id, valuesOf(getAnswers(db, item.id)), codebook, lists);
    if (item.status !== 'besproken') {
      db.update(sampleItems).set({ status: 'besproken' }).where(eq(sampleItems.id, item.id)).run();
      writeAudit(db, { actor: input.actor, action: 'case.finish', studyId: input.studyId, entity: 'sample_item', entityId: item.id,
        oldValue: { status: item.status }, newValue: { status: 'besproken' } });
    }
    return { ok: true, status: 'besproken' };
  });
}

/**
 * When a case is opened for the first time, answers the frame already knows (huishoudtype,
 * startmaand) are filled in, so the interview does not ask them again. Only into an empty case.
 */
export function prefillFromFrame(db: Db, studyId: number, itemId: number, actor: string): void {
  inTransaction(db, () => {
    const item = getInterviewItem(db, studyId, itemId);
    if (!item || Object.keys(getAnswers(db, itemId)).length > 0) return;
    const prefill: AnswerChange[] = [];
    if (item.householdType) prefill.push({ key: 'A1', value: item.householdType, baseRevision: 0 });
    if (item.startDate) prefill.push({ key: 'A11', value: item.startDate.slice(0, 7), baseRevision: 0 });
    if (prefill.length > 0) saveAnswers(db, { studyId, sampleItemId: itemId, changes: prefill, actor });
  });
}
