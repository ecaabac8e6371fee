import 'server-only';
import { inTransaction, type Db } from '../client';
import { getAnswers, getStudyCodebook, judgeCase } from './answers';
import { listReviewRows, ReviewRefused, writeApproval, type ReviewRow } from './reviews';
import { sameCases, selectBulkApproval, type BulkCandidate, type BulkSelection } from '@/lib/review/bulk';

/**
 * One caseworker's cases within the team scope, judged for bulk approval. A finished case without
 * open questions is also judged by the finish rules now, so an unconfirmed quality warning or a
 * "controleren" mark keeps it out even if the case status says besproken.
 */
export function bulkApprovalSelection(
  db: Db,
  studyId: number,
  caseworkerId: number,
  teamIds: number[] | null,
  reviewRows: ReviewRow[] = listReviewRows(db, studyId, teamIds),
): BulkSelection & { caseworker: string | null } {
  const rows = reviewRows.filter((r) => r.caseworkerId === caseworkerId);
  const { codebook, lists } = getStudyCodebook(db, studyId);
  const candidates: BulkCandidate[] = rows.map((r) => {
    const base = {
      itemId: r.itemId,
      dossiernummer: r.dossiernummer,
      itemStatus: r.itemStatus,
      locked: r.locked,
      openQuestions: r.openQuestions,
      problems: 0,
      unconfirmedWarnings: 0,
    };
    if (r.locked || r.itemStatus !== 'besproken' || r.openQuestions > 0) return base;
    const entries = Object.fromEntries(Object.entries(getAnswers(db, r.itemId)).map(([k, a]) => [k, a.value]));
    const state = judgeCase(db, r.itemId, codebook, lists, entries);
    return { ...base, problems: state.problems.length, unconfirmedWarnings: state.warnings.length };
  });
  return { ...selectBulkApproval(candidates), caseworker: rows[0]?.caseworker ?? null };
}

/**
 * Approves exactly the cases the user confirmed, all or none: when the selection changed since
 * the dialog was shown (a question was asked, a case reopened), nothing is approved and the
 * user is asked to look again. Each case gets its own lock, thread entry and audit entry.
 */
export function approveCaseworkerCases(
  db: Db,
  s: { studyId: number; caseworkerId: number; teamIds: number[] | null; actor: string; itemIds: number[] },
): string[] {
  return inTransaction(db, () => {
    const sel = bulkApprovalSelection(db, s.studyId, s.caseworkerId, s.teamIds);
    if (sel.caseworker == null) throw new ReviewRefused('Dit teamlid heeft geen dossiers in jouw team.');
    if (s.itemIds.length === 0) throw new ReviewRefused('Er is niets om goed te keuren.');
    if (
      !sameCases(
        sel.eligible.map((e) => e.itemId),
        s.itemIds,
      )
    ) {
      throw new ReviewRefused(
        'De dossiers zijn intussen veranderd (een vraag, een wijziging of een goedkeuring). Er is niets goedgekeurd; bekijk de lijst opnieuw.',
      );
    }
    for (const e of sel.eligible) writeApproval(db, s.studyId, e.itemId, s.actor, true);
    return sel.eligible.map((e) => e.dossiernummer);
  });
}
