import 'server-only';
import { inTransaction, type Db } from '../client';
import { writeAudit } from './audit';
import { getAnswers, getStudyCodebook, judgeCase, reopenCase } from './answers';
import { getCaseLock } from './case-locks';

/** PRAGMA user_version from which finished cases have been judged under explicit-answer rules. */
export const EXPLICIT_ANSWER_RULES = 1;

const OLD_RULES_REASON = 'Onvolledig onder de nieuwe regels (onbeantwoorde vragen tellen niet meer als "nee").';

/**
 * Cases finished while unanswered leefgebieden counted as "nee" and unanswered escalations as
 * "niet aan de orde" are judged again, once: a case missing a required answer goes back to
 * "te bespreken", marked "onvolledig (oude regels)", and stops counting until a researcher
 * completes it. An approval lock on such a case is lifted (logged), or it could never be completed.
 * Returns the number of cases put back.
 */
export function recheckFinishedCases(db: Db, actor = 'systeem (nieuwe regels)'): number {
  const version = db.$client.pragma('user_version', { simple: true }) as number;
  if (version >= EXPLICIT_ANSWER_RULES) return 0;
  return inTransaction(db, () => {
    const rows = db.$client
      .prepare(
        `select si.id, si.role, d.study_id from sample_items si join sample_draws d on d.id = si.draw_id where si.status = 'besproken'`,
      )
      .raw()
      .all() as [number, string, number][];
    let reopened = 0;
    for (const [itemId, role, studyId] of rows) {
      const { codebook, lists } = getStudyCodebook(db, studyId);
      const entries = Object.fromEntries(Object.entries(getAnswers(db, itemId)).map(([k, v]) => [k, v.value]));
      if (judgeCase(db, itemId, codebook, lists, entries).problems.length === 0) continue;
      const lock = getCaseLock(db, itemId);
      if (lock) {
        db.$client
          .prepare(
            'update case_reviews set locked_at = null, locked_by = null, revision = revision + 1 where sample_item_id = ?',
          )
          .run(itemId);
        writeAudit(db, {
          actor,
          action: 'case.unlock',
          studyId,
          entity: 'sample_item',
          entityId: itemId,
          oldValue: { locked: true, lockedAt: lock.lockedAt, lockedBy: lock.lockedBy },
          newValue: { locked: false, reason: OLD_RULES_REASON },
        });
      }
      reopenCase(db, { studyId, itemId, role, actor, reason: 'oude_regels' });
      reopened++;
    }
    db.$client.pragma(`user_version = ${EXPLICIT_ANSWER_RULES}`);
    return reopened;
  });
}

/** Cases that were finished but do not count now ("onvolledig (oude regels)" or changed since), for the review and results pages. */
export function listIncompleteCases(
  db: Db,
  studyId: number,
): { itemId: number; dossiernummer: string; caseworker: string; reason: 'oude_regels' | 'gewijzigd' }[] {
  const rows = db.$client
    .prepare(
      `select si.id, fc.dossiernummer, cw.name, si.incomplete_reason from sample_items si
    join sample_draws d on d.id = si.draw_id and d.study_id = ? and d.status = 'actief'
    join frame_cases fc on fc.id = si.frame_case_id join caseworkers cw on cw.id = si.caseworker_id
    where si.incomplete_reason is not null and si.status != 'besproken' order by cw.name, si.position`,
    )
    .raw()
    .all(studyId) as [number, string, string, 'oude_regels' | 'gewijzigd'][];
  return rows.map(([itemId, dossiernummer, caseworker, reason]) => ({ itemId, dossiernummer, caseworker, reason }));
}
