import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { getAnswers, getChecks, getInterviewItem, getStudyCodebook, prefillFromFrame } from '@/db/queries/answers';
import { checkReasons, INCOMPLETE_NOTICES } from '@/lib/interview/key-label';
import { prefilledKeys } from '@/lib/interview/prefill';
import { listSessionCases, nextCaseId } from '@/db/queries/interviews';
import { listDrawItems, listReplacements } from '@/db/queries/sample-items';
import { sessionPosition } from '@/lib/interview/session-position';
import { CaseInterview } from '@/components/interview/case-interview';
import { ReplaceCaseForm } from '@/components/sample/replace-case-form';
import { ANSWERABLE_STATUSES } from '@/lib/sampling/unusable';
import { loadStudy } from '../../../study-context';
import { caseReviewNotice } from '@/components/review/case-review-notice';

export const dynamic = 'force-dynamic';

export default async function CasePage({
  params,
}: {
  params: Promise<{ id: string; caseworkerId: string; itemId: string }>;
}) {
  const study = await loadStudy(params);
  const { caseworkerId, itemId } = await params;
  const db = getDb();
  const item = /^\d+$/.test(itemId) ? getInterviewItem(db, study.id, Number(itemId)) : null;
  if (!item || String(item.caseworkerId) !== caseworkerId) notFound();
  const session = listSessionCases(db, study.id, item.caseworkerId)!;
  const sessionUrl = `/onderzoeken/${study.id}/interviews/${caseworkerId}`;
  const next = nextCaseId(session.cases, item.id);
  const position = sessionPosition(session.cases, item.id) ?? {
    index: 0,
    total: session.cases.length,
    prevId: null,
    nextId: null,
  };
  const sessionInfo = {
    ...position,
    caseworkerId: item.caseworkerId,
    itemIds: session.cases.map((c) => c.id),
    prevUrl: position.prevId ? `${sessionUrl}/${position.prevId}` : null,
    nextUrl: position.nextId ? `${sessionUrl}/${position.nextId}` : null,
  };
  const editableNow = item.status === 'te_bespreken' || item.status === 'reserve_in_gebruik';
  if (editableNow) prefillFromFrame(db, study.id, item.id, `${study.access.actor} (uit het kader)`);
  const answers = getAnswers(db, item.id);
  const server = Object.fromEntries(
    Object.entries(answers).map(([k, a]) => [k, { value: a.value, revision: a.revision }]),
  );
  const { codebook, lists } = getStudyCodebook(db, study.id);
  const values = Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, a.value]));
  const checks = checkReasons(codebook, lists, getChecks(db, item.id), values);
  const prefilled = prefilledKeys(item, values);
  const resume = Object.keys(values).some((k) => values[k] != null && !prefilled.includes(k));
  const incompleteNotice =
    item.incompleteReason && item.status !== 'besproken' ? INCOMPLETE_NOTICES[item.incompleteReason] : null;
  const review = caseReviewNotice(db, study.id, item.id);
  const editable = ANSWERABLE_STATUSES.has(item.status) && !review.locked;
  return (
    <>
      <div className="crumbs">
        <Link href="/">Onderzoeken</Link> › <Link href={`/onderzoeken/${study.id}`}>{study.name}</Link> ›{' '}
        <Link href={`/onderzoeken/${study.id}/interviews`}>Interviews</Link> ›{' '}
        <Link href={sessionUrl}>{item.caseworker}</Link> › {item.dossiernummer}
      </div>
      {review.notice}
      {review.locked ? null : !editable ? (
        <UnusableNotice
          status={item.status}
          sessionUrl={sessionUrl}
          reserve={replacedBy(db, item.drawId, item.id, session.cases, sessionUrl)}
        />
      ) : (
        <>
          {item.status === 'besproken' && (
            <p className="alert ok">
              Dit dossier is al besproken. Wijzigingen worden nog steeds opgeslagen; wordt het daardoor onvolledig, dan
              telt het niet mee tot het opnieuw is afgerond.
            </p>
          )}
          <CaseInterview
            studyId={study.id}
            itemId={item.id}
            dossiernummer={item.dossiernummer}
            status={item.status}
            codebook={codebook}
            lists={lists}
            server={server}
            checks={checks}
            incompleteNotice={incompleteNotice}
            resume={resume}
            nextUrl={next ? `${sessionUrl}/${next}` : sessionUrl}
            sessionUrl={sessionUrl}
            session={sessionInfo}
          />
          {item.status !== 'besproken' && (
            <details className="card no-print">
              <summary>Dossier onbruikbaar? (de volgende reserve van {item.caseworker} komt in de plaats)</summary>
              <div style={{ marginTop: '.6rem' }}>
                <ReplaceCaseForm
                  studyId={study.id}
                  dossiernummer={item.dossiernummer}
                  reserve={
                    listDrawItems(db, item.drawId).find(
                      (i) => i.caseworker === item.caseworker && i.status === 'reserve',
                    )?.dossiernummer ?? null
                  }
                />
              </div>
            </details>
          )}
        </>
      )}
    </>
  );
}

/** The reserve that replaced this unusable case, with a link to open it. */
function replacedBy(
  db: ReturnType<typeof getDb>,
  drawId: number,
  itemId: number,
  cases: { id: number; dossiernummer: string }[],
  sessionUrl: string,
) {
  const r = listReplacements(db, drawId).find((x) => x.unusableItemId === itemId);
  const c = r?.reserveItemId ? cases.find((x) => x.id === r.reserveItemId) : undefined;
  return c ? { dossiernummer: c.dossiernummer, url: `${sessionUrl}/${c.id}` } : null;
}

function UnusableNotice({
  status,
  sessionUrl,
  reserve,
}: {
  status: string;
  sessionUrl: string;
  reserve: { dossiernummer: string; url: string } | null;
}) {
  return (
    <p className="alert warn" data-unusable="">
      Dit dossier is {status.replace(/_/g, ' ')} en wordt niet besproken.{' '}
      {reserve ? (
        <>
          Reserve {reserve.dossiernummer} komt in de plaats:{' '}
          <Link href={reserve.url} autoFocus>
            reserve {reserve.dossiernummer} openen
          </Link>{' '}
          ·{' '}
        </>
      ) : null}
      <Link href={sessionUrl}>Terug naar de sessie</Link>
    </p>
  );
}
