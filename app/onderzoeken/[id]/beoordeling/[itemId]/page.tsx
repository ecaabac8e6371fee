import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { getAnswers, getStudyCodebook, listConfirmations } from '@/db/queries/answers';
import { answerKeyLabel, INCOMPLETE_NOTICES } from '@/lib/interview/key-label';
import { getCaseLock } from '@/db/queries/case-locks';
import { getScopedItem, listReviewEvents, listReviewRows, openQuestions } from '@/db/queries/reviews';
import { mayReview } from '@/lib/auth/permissions';
import { approveRefusal, reviewStatus, REVIEW_STATUS_LABELS } from '@/lib/review/status';
import { NEEDS_REVIEW, nextCaseToReview, reviewQueueRole } from '@/lib/review/next-case';
import { formatDateTime } from '@/lib/format/nl';
import { CaseAnswersView, questionKeyOptions } from '@/components/review/case-answers-view';
import { ReviewThread } from '@/components/review/review-thread';
import { ApproveButton, QuestionForm, UnlockForm } from '@/components/review/review-forms';
import { NextCaseLink } from '@/components/review/next-case-link';
import { TallyPanel } from '@/components/interview/tally-panel';
import { loadStudy } from '../../study-context';

export const dynamic = 'force-dynamic';

/**
 * One case read-only, with its tally, its questions and answers, and the approve / unlock steps.
 * On a wide screen the review steps sit beside the answers (and stay in view while they scroll).
 */
export default async function CaseReviewPage({ params }: { params: Promise<{ id: string; itemId: string }> }) {
  const study = await loadStudy(params, ['onderzoeker', 'teamleider']);
  const { itemId } = await params;
  const { teamIds, role } = study.access;
  const db = getDb();
  const item = /^\d{1,9}$/.test(itemId) ? getScopedItem(db, study.id, Number(itemId), teamIds) : null;
  if (!item) notFound();
  const entries = Object.fromEntries(Object.entries(getAnswers(db, item.id)).map(([k, a]) => [k, a.value]));
  const { codebook, lists } = getStudyCodebook(db, study.id);
  const events = listReviewEvents(db, item.id);
  const confirmations = listConfirmations(db, item.id);
  const open = openQuestions(events);
  const lock = getCaseLock(db, item.id);
  const facts = { itemStatus: item.status, locked: lock != null, openQuestions: open.length };
  const status = reviewStatus(facts);
  const refusal = approveRefusal(facts);
  const base = `/onderzoeken/${study.id}`;
  const { next, remaining } = nextCaseToReview(
    listReviewRows(db, study.id, teamIds),
    item.id,
    NEEDS_REVIEW[reviewQueueRole(role)],
  );
  const canAnswer = mayReview(role, 'antwoord');
  const thread = (
    <section className="card" aria-labelledby="vragen" key="thread">
      <h2 id="vragen" style={{ marginTop: 0 }}>
        Vragen en beoordeling
      </h2>
      <ReviewThread
        events={events}
        open={new Set(open.map((q) => q.id))}
        studyId={study.id}
        itemId={item.id}
        canAnswer={canAnswer}
        labelOf={(key) => answerKeyLabel(codebook, lists, key, entries).full}
      />
      {lock && mayReview(role, 'ontgrendelen') && <UnlockForm studyId={study.id} itemId={item.id} />}
    </section>
  );
  const approve =
    !lock && mayReview(role, 'goedkeuren') && !refusal ? (
      <ApproveButton studyId={study.id} itemId={item.id} dossiernummer={item.dossiernummer} />
    ) : null;
  const ask = !lock && mayReview(role, 'vraag') && (
    <section className="card" aria-labelledby="vraag-stellen" key="ask">
      <h2 id="vraag-stellen" style={{ marginTop: 0 }}>
        Vraag stellen{approve ? ' of goedkeuren' : ''}
      </h2>
      <QuestionForm studyId={study.id} itemId={item.id} fields={questionKeyOptions(codebook, lists, entries)}>
        {approve}
      </QuestionForm>
      {mayReview(role, 'goedkeuren') && refusal && (
        <p className="small muted" data-approve-refusal="">
          Goedkeuren: {refusal}
        </p>
      )}
    </section>
  );
  return (
    <>
      <div className="crumbs">
        <Link href="/">Onderzoeken</Link> › <Link href={`${base}/beoordeling`}>Beoordeling</Link> › {item.dossiernummer}
      </div>
      <div className="review-head">
        <div>
          <h1>Dossier {item.dossiernummer}</h1>
          <p className="muted" style={{ margin: 0 }}>
            {item.caseworker} · team {item.team} ·{' '}
            <span className="badge" data-review-status={status ?? ''}>
              {status ? REVIEW_STATUS_LABELS[status] : item.status}
            </span>
            {' · '}
            <Link href={`${base}/audit?dossier=${encodeURIComponent(item.dossiernummer)}`}>audittrail</Link>
            {role !== 'teamleider' && (
              <>
                {' '}
                · <Link href={`${base}/interviews/${item.caseworkerId}/${item.id}`}>interview openen</Link>
              </>
            )}
          </p>
        </div>
        <NextCaseLink
          href={next ? `${base}/beoordeling/${next.itemId}` : null}
          dossiernummer={next?.dossiernummer ?? null}
          remaining={remaining}
          listHref={`${base}/beoordeling`}
        />
      </div>
      {lock && (
        <p className="alert ok" role="status">
          Goedgekeurd door {lock.lockedBy} op {formatDateTime(lock.lockedAt)}. Het dossier is vergrendeld.
        </p>
      )}
      {item.incompleteReason && item.status !== 'besproken' && (
        <p className="alert warn" data-incomplete="">
          {INCOMPLETE_NOTICES[item.incompleteReason]}
        </p>
      )}
      <div className="review-grid">
        <div className="review-side">
          {canAnswer && open.length > 0 ? [thread, ask] : [ask, thread]}
          <section className="card" aria-labelledby="waarschuwingen">
            <h2 id="waarschuwingen" style={{ marginTop: 0 }}>
              Bevestigde waarschuwingen
            </h2>
            {confirmations.length === 0 ? (
              <p className="muted small">Geen: bij het afronden was er niets ongewoons te bevestigen.</p>
            ) : (
              <ul data-confirmations={confirmations.length}>
                {confirmations.map((c) => (
                  <li key={c.warningId}>
                    {c.message}{' '}
                    <span className="small muted">
                      Bevestigd door {c.confirmedBy} op {formatDateTime(c.confirmedAt)}.
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <TallyPanel codebook={codebook} lists={lists} entries={entries} />
        </div>
        <section className="review-answers" aria-label="Antwoorden">
          <CaseAnswersView
            codebook={codebook}
            lists={lists}
            entries={entries}
            flagged={new Set(open.map((q) => q.questionKey ?? ''))}
          />
        </section>
      </div>
    </>
  );
}
