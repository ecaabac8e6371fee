import 'server-only';
import type { Statement } from 'better-sqlite3';
import { and, eq, sql } from 'drizzle-orm';
import { inTransaction, type Db } from '../client';
import { caseworkers, frameCases, qualityConfirmations, sampleDraws, sampleItems, teams } from '../schema';
import { writeAudit } from './audit';
import { buildCaseAnswersSchema, codebookV1, type Codebook, type StudyLists } from '@/lib/codebook';
import { getStudyLists } from './study-lists';
import { ANSWERABLE_STATUSES } from '@/lib/sampling/unusable';
import { storeTally } from './tallies';
import { getCaseLock } from './case-locks';
import { LOCKED_MESSAGE } from '@/lib/review/status';
import { entriesToAnswers, keyInfo, pathToKey, type Entries } from '@/lib/interview/answer-keys';
import { checkCompleteness } from '@/lib/interview/completeness';
import { followUps } from '@/lib/interview/dependencies';
import { checkReasons, INCOMPLETE_NOTICES } from '@/lib/interview/key-label';
import { framePrefills } from '@/lib/interview/prefill';
import { qualityWarnings } from '@/lib/interview/quality-rules';
import { jsonEqual } from '@/lib/autosave/slot';
import type { AnswerChange, SaveEffects, SaveOutcome, SaveResponse } from '@/lib/autosave/types';

/** The codebook and lists a study interviews with (its own lists when edited). */
export function getStudyCodebook(db: Db, studyId: number): { codebook: Codebook; lists: StudyLists } {
  return { codebook: codebookV1, lists: getStudyLists(db, studyId) };
}

// Building the zod schema walks the whole codebook; do it once per list set, not per save.
const partialSchemas = new WeakMap<StudyLists, ReturnType<typeof buildCaseAnswersSchema>>();
function schemasFor(codebook: Codebook, lists: StudyLists) {
  if (!partialSchemas.has(lists)) partialSchemas.set(lists, buildCaseAnswersSchema(codebook, lists));
  return { partial: partialSchemas.get(lists)! };
}

type Statements = {
  answers: Statement;
  upsert: Statement;
  mark: Statement;
  checks: Statement;
};
// Autosave is the hot path (every answer of every interview): statements are prepared once per connection.
const statements = new WeakMap<object, Statements>();
function prepared(db: Db): Statements {
  let s = statements.get(db.$client);
  if (!s) {
    s = {
      answers: db.$client
        .prepare(
          'select question_key, value, revision, updated_by, updated_at from case_answers where sample_item_id = ?',
        )
        .raw(),
      // Any save of a key is an explicit answer, so it also confirms a "controleren" mark.
      upsert: db.$client
        .prepare(`insert into case_answers (sample_item_id, question_key, value, revision, updated_at, updated_by, check_source) values (?, ?, ?, ?, ?, ?, null)
        on conflict (sample_item_id, question_key) do update set value = excluded.value, revision = excluded.revision, updated_at = excluded.updated_at, updated_by = excluded.updated_by, check_source = null`),
      mark: db.$client.prepare(
        'update case_answers set check_source = ? where sample_item_id = ? and question_key = ?',
      ),
      checks: db.$client
        .prepare(
          'select question_key, check_source from case_answers where sample_item_id = ? and check_source is not null and value is not null',
        )
        .raw(),
    };
    statements.set(db.$client, s);
  }
  return s;
}

/** A sampled case of the study's active draw, with what the frame knows about it. */
export function getInterviewItem(db: Db, studyId: number, itemId: number) {
  return (
    db
      .select({
        id: sampleItems.id,
        drawId: sampleItems.drawId,
        status: sampleItems.status,
        role: sampleItems.role,
        position: sampleItems.position,
        caseworkerId: sampleItems.caseworkerId,
        caseworker: caseworkers.name,
        team: teams.name,
        dossiernummer: frameCases.dossiernummer,
        householdType: frameCases.householdType,
        startDate: frameCases.startDate,
        incompleteReason: sampleItems.incompleteReason,
      })
      .from(sampleItems)
      .innerJoin(sampleDraws, eq(sampleItems.drawId, sampleDraws.id))
      .innerJoin(frameCases, eq(sampleItems.frameCaseId, frameCases.id))
      .innerJoin(caseworkers, eq(sampleItems.caseworkerId, caseworkers.id))
      .innerJoin(teams, eq(frameCases.teamId, teams.id))
      .where(and(eq(sampleItems.id, itemId), eq(sampleDraws.studyId, studyId), eq(sampleDraws.status, 'actief')))
      .get() ?? null
  );
}

export type StoredAnswer = { value: unknown; revision: number; updatedBy: string; updatedAt: number };

export function getAnswers(db: Db, itemId: number): Record<string, StoredAnswer> {
  const rows = prepared(db).answers.all(itemId) as [string, string | null, number, string, number][];
  return Object.fromEntries(
    rows.map(([key, value, revision, updatedBy, updatedAt]) => [
      key,
      { value: value === null ? null : JSON.parse(value), revision, updatedBy, updatedAt },
    ]),
  );
}

const valuesOf = (stored: Record<string, StoredAnswer>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(stored).map(([k, v]) => [k, v.value]));

/** Keys of a case marked "controleren", each with the key whose change caused it. */
export function getChecks(db: Db, itemId: number): Record<string, string> {
  return Object.fromEntries(prepared(db).checks.all(itemId) as [string, string][]);
}

/**
 * Saves changed answers, each only if nobody changed it since the client last saw it (its
 * revision). A newer server value is returned as a conflict, never overwritten. Values are
 * checked with the codebook's zod schema; a refused value is reported per key.
 * Then the answers that depend on a changed one are cleared (no longer asked) or marked
 * "controleren", and a finished case that is no longer complete leaves the estimates.
 */
export function saveAnswers(
  db: Db,
  input: { studyId: number; sampleItemId: number; changes: AnswerChange[]; actor: string },
): SaveResponse {
  return inTransaction(db, () => {
    const item = getInterviewItem(db, input.studyId, input.sampleItemId);
    if (!item) return { ok: false, message: 'Dit dossier hoort niet bij de actieve steekproef van dit onderzoek.' };
    if (!ANSWERABLE_STATUSES.has(item.status))
      return { ok: false, message: `Dit dossier is ${item.status.replace(/_/g, ' ')} en kan niet ingevuld worden.` };
    if (getCaseLock(db, item.id)) return { ok: false, message: LOCKED_MESSAGE };
    const { codebook, lists } = getStudyCodebook(db, input.studyId);
    const stored = getAnswers(db, item.id);
    const outcomes: SaveOutcome[] = [];
    const accepted: AnswerChange[] = [];
    for (const change of input.changes) {
      const current = stored[change.key];
      if (!keyInfo(codebook, lists, change.key)) {
        outcomes.push({
          key: change.key,
          status: 'rejected',
          message: 'Deze vraag bestaat niet in het codeboek van dit onderzoek.',
        });
      } else if ((current?.revision ?? 0) !== change.baseRevision) {
        outcomes.push({
          key: change.key,
          status: 'conflict',
          serverValue: current?.value ?? null,
          serverRevision: current?.revision ?? 0,
          updatedBy: current?.updatedBy ?? '',
          updatedAt: current?.updatedAt ?? 0,
        });
      } else accepted.push(change);
    }
    // Validate the case as it would be after the accepted changes; refuse only the keys at fault.
    const merged: Entries = { ...valuesOf(stored), ...Object.fromEntries(accepted.map((c) => [c.key, c.value])) };
    const { answers, rowIds } = entriesToAnswers(codebook, merged);
    const parsed = schemasFor(codebook, lists).partial.safeParse(answers);
    const faults = new Map<string, string>();
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        faults.set(pathToKey(issue.path as (string | number)[], rowIds), issue.message);
    const now = Date.now();
    const changed: string[] = [];
    const write = (key: string, value: unknown, action: string) => {
      const current = stored[key];
      const revision = (current?.revision ?? 0) + 1;
      prepared(db).upsert.run(item.id, key, value === null ? null : JSON.stringify(value), revision, now, input.actor);
      writeAudit(db, {
        actor: input.actor,
        action,
        studyId: input.studyId,
        entity: 'case_answer',
        entityId: `${item.id}:${key}`,
        oldValue: current ? { value: current.value, revision: current.revision } : null,
        newValue: { value, revision },
      });
      stored[key] = { value, revision, updatedBy: input.actor, updatedAt: now };
      return revision;
    };
    for (const change of accepted) {
      const fault = faults.get(change.key);
      if (fault) {
        outcomes.push({ key: change.key, status: 'rejected', message: fault });
        continue;
      }
      const value = change.value === '' || change.value === undefined ? null : change.value;
      if (!jsonEqual(value, stored[change.key]?.value ?? null)) changed.push(change.key);
      outcomes.push({ key: change.key, status: 'saved', revision: write(change.key, value, 'answer.save') });
    }
    const effects: SaveEffects = { cleared: [], checks: {}, status: item.status };
    if (changed.length > 0) {
      const follow = followUps(codebook, lists, valuesOf(stored), changed);
      for (const key of follow.clear)
        effects.cleared.push({ key, revision: write(key, null, 'answer.clear_dependent') });
      for (const { key, source } of follow.check) {
        prepared(db).mark.run(source, item.id, key);
        writeAudit(db, {
          actor: input.actor,
          action: 'answer.check',
          studyId: input.studyId,
          entity: 'case_answer',
          entityId: `${item.id}:${key}`,
          newValue: { because: source },
        });
      }
    }
    const checks = getChecks(db, item.id);
    effects.checks = checkReasons(codebook, lists, checks, valuesOf(stored));
    // A finished case stays complete, or it leaves the estimates until it is finished again.
    if (item.status === 'besproken' && outcomes.some((o) => o.status === 'saved')) {
      const entries = valuesOf(stored);
      const state = judgeCase(db, item.id, codebook, lists, entries, checks);
      if (state.problems.length > 0 || state.warnings.length > 0) {
        effects.status = reopenCase(db, {
          studyId: input.studyId,
          itemId: item.id,
          role: item.role,
          actor: input.actor,
          reason: 'gewijzigd',
        });
        effects.notice = INCOMPLETE_NOTICES.gewijzigd;
      } else storeTally(db, item.id, entries, codebook, lists);
    }
    return { ok: true, outcomes, effects };
  });
}

/** Puts a case that no longer satisfies the finish rules back to "te bespreken", with an audit entry. */
export function reopenCase(
  db: Db,
  input: { studyId: number; itemId: number; role: string; actor: string; reason: 'gewijzigd' | 'oude_regels' },
): string {
  const status = input.role === 'reserve' ? 'reserve_in_gebruik' : 'te_bespreken';
  db.update(sampleItems).set({ status, incompleteReason: input.reason }).where(eq(sampleItems.id, input.itemId)).run();
  writeAudit(db, {
    actor: input.actor,
    action: 'case.reopen',
    studyId: input.studyId,
    entity: 'sample_item',
    entityId: input.itemId,
    oldValue: { status: 'besproken' },
    newValue: { status, reason: input.reason },
  });
  return status;
}

/** The case judged by the finish rules: missing, invalid and to-be-checked answers, unconfirmed warnings. */
export function judgeCase(
  db: Db,
  itemId: number,
  codebook: Codebook,
  lists: StudyLists,
  entries: Entries,
  checks = getChecks(db, itemId),
  extraConfirmed: readonly string[] = [],
) {
  const confirmed = new Set([...listConfirmations(db, itemId).map((c) => c.warningId), ...extraConfirmed]);
  return checkCompleteness({
    codebook,
    lists,
    entries,
    checks,
    confirmed,
    schema: schemasFor(codebook, lists).partial,
  });
}

/** Quality warnings confirmed for a case, oldest first. */
export function listConfirmations(db: Db, itemId: number) {
  return db
    .select()
    .from(qualityConfirmations)
    .where(eq(qualityConfirmations.sampleItemId, itemId))
    .orderBy(qualityConfirmations.confirmedAt, sql`rowid`)
    .all();
}

export type FinishResult =
  | { ok: true; status: 'besproken' }
  | {
      ok: false;
      message: string;
      errors: { key: string; message: string; short?: string }[];
      warnings?: { id: string; message: string; key?: string }[];
    };

/**
 * Finishing: only a complete case becomes besproken. Refused while a required answer is missing or
 * invalid, an answer is marked "controleren", or a quality warning is not confirmed; `confirm`
 * holds the warning ids the researcher confirmed now (stored and audited when the case finishes).
 */
export function finishCase(
  db: Db,
  input: { studyId: number; sampleItemId: number; actor: string; confirm?: readonly string[] },
): FinishResult {
  return inTransaction(db, () => {
    const item = getInterviewItem(db, input.studyId, input.sampleItemId);
    if (!item)
      return { ok: false, message: 'Dit dossier hoort niet bij de actieve steekproef van dit onderzoek.', errors: [] };
    if (!ANSWERABLE_STATUSES.has(item.status))
      return {
        ok: false,
        message: `Dit dossier is ${item.status.replace(/_/g, ' ')} en kan niet afgerond worden.`,
        errors: [],
      };
    if (getCaseLock(db, item.id)) return { ok: false, message: LOCKED_MESSAGE, errors: [] };
    const { codebook, lists } = getStudyCodebook(db, input.studyId);
    const entries = valuesOf(getAnswers(db, item.id));
    const confirm = input.confirm ?? [];
    const state = judgeCase(db, item.id, codebook, lists, entries, getChecks(db, item.id), confirm);
    if (state.problems.length > 0) {
      const n = state.problems.length;
      return {
        ok: false,
        message: `Nog niet compleet: ${n} ${n === 1 ? 'punt' : 'punten'} om aan te vullen of te controleren.`,
        errors: state.problems.map((p) => ({ key: p.key, message: p.message, short: p.short })),
      };
    }
    if (state.warnings.length > 0) {
      return {
        ok: false,
        message: 'Bevestig eerst de waarschuwingen: klopt het antwoord?',
        errors: [],
        warnings: state.warnings.map((w) => ({ id: w.id, message: w.message, ...(w.key ? { key: w.key } : {}) })),
      };
    }
    const already = new Set(listConfirmations(db, item.id).map((c) => c.warningId));
    for (const w of qualityWarnings(codebook, lists, entries)) {
      if (!confirm.includes(w.id) || already.has(w.id)) continue;
      const id = w.id;
      db.insert(qualityConfirmations)
        .values({ sampleItemId: item.id, warningId: id, message: w.message, confirmedBy: input.actor })
        .run();
      writeAudit(db, {
        actor: input.actor,
        action: 'case.quality_confirm',
        studyId: input.studyId,
        entity: 'sample_item',
        entityId: item.id,
        newValue: { warning: id, message: w.message },
      });
    }
    storeTally(db, item.id, entries, codebook, lists);
    if (item.status !== 'besproken') {
      db.update(sampleItems)
        .set({ status: 'besproken', incompleteReason: null })
        .where(eq(sampleItems.id, item.id))
        .run();
      writeAudit(db, {
        actor: input.actor,
        action: 'case.finish',
        studyId: input.studyId,
        entity: 'sample_item',
        entityId: item.id,
        oldValue: { status: item.status },
        newValue: { status: 'besproken' },
      });
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
    const prefill: AnswerChange[] = Object.entries(framePrefills(item)).map(([key, value]) => ({
      key,
      value,
      baseRevision: 0,
    }));
    if (prefill.length > 0) saveAnswers(db, { studyId, sampleItemId: itemId, changes: prefill, actor });
  });
}
