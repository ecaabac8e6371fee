import Link from 'next/link';
import type { Db } from '@/db/client';
import { getCaseLock } from '@/db/queries/case-locks';
import { listReviewEvents, openQuestions } from '@/db/queries/reviews';
import { formatDateTime } from '@/lib/format/nl';
import { getAnswers, getStudyCodebook } from '@/db/queries/answers';
import { answerKeyLabel } from '@/lib/interview/key-label';

/**
 * On the interview page: the team lead's open questions about this case, and the approval lock.
 * Returns whether the case is locked, so the page shows the interview read-only.
 */
export function caseReviewNotice(
  db: Db,
  studyId: number,
  itemId: number,
): { locked: boolean; notice: React.ReactNode } {
  const lock = getCaseLock(db, itemId);
  const open = openQuestions(listReviewEvents(db, itemId));
  const { codebook, lists } = getStudyCodebook(db, studyId);
  const entries = Object.fromEntries(Object.entries(getAnswers(db, itemId)).map(([k, a]) => [k, a.value]));
  const labelOf = (key: string) => answerKeyLabel(codebook, lists, key, entries).full;
  const reviewUrl = `/onderzoeken/${studyId}/beoordeling/${itemId}`;
  const notice = (
    <>
      {lock && (
        <p className="alert ok" role="status" data-locked="">
          Goedgekeurd door {lock.lockedBy} op {formatDateTime(lock.lockedAt)}: dit dossier is vergrendeld en kan niet
          gewijzigd worden. <Link href={reviewUrl}>Ontgrendelen (met reden)</Link>
        </p>
      )}
      {open.length > 0 && (
        <div className="alert warn" role="status" data-open-questions={open.length}>
          <strong>{open.length === 1 ? 'Open vraag' : `${open.length} open vragen`} van de teamleider</strong>
          <ul>
            {open.map((q) => (
              <li key={q.id}>
                {q.questionKey ? (
                  <>
                    <em>{labelOf(q.questionKey)}</em>:{' '}
                  </>
                ) : (
                  ''
                )}
                {q.body} <span className="small">({q.createdBy})</span>
              </li>
            ))}
          </ul>
          Pas het antwoord hieronder aan als dat nodig is, en <Link href={reviewUrl}>beantwoord de vraag</Link>.
        </div>
      )}
    </>
  );
  return { locked: lock != null, notice };
}
