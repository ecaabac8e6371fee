import Link from 'next/link';
import { getDb } from '@/db/client';
import { listReviewRows } from '@/db/queries/reviews';
import { bulkApprovalSelection } from '@/db/queries/review-bulk';
import { listIncompleteCases } from '@/db/queries/legacy-cases';
import { mayReview } from '@/lib/auth/permissions';
import { countStatuses, REVIEW_STATUS_LABELS, REVIEW_STATUSES, type ReviewStatus } from '@/lib/review/status';
import { BulkApprove } from '@/components/review/bulk-approve';
import { ReviewNav } from '@/components/review/review-nav';
import { loadStudy } from '../study-context';

export const dynamic = 'force-dynamic';

const BADGE: Record<ReviewStatus, string> = {
  te_bespreken: '',
  besproken: 'bezig',
  vraag_open: 'open',
  goedgekeurd: 'klaar',
};

/** Status per team (te bespreken, besproken, vraag open, goedgekeurd), per caseworker and per case; a team lead sees only their own team(s). */
export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const study = await loadStudy(params, ['onderzoeker', 'teamleider']);
  const { teamIds, role } = study.access;
  const db = getDb();
  const rows = listReviewRows(db, study.id, teamIds);
  const openCount = rows.reduce((n, r) => n + r.openQuestions, 0);
  const mayApprove = mayReview(role, 'goedkeuren');
  const inScope = new Set(rows.map((r) => r.itemId));
  const incomplete = listIncompleteCases(db, study.id).filter((c) => inScope.has(c.itemId));
  const base = `/onderzoeken/${study.id}/beoordeling`;
  const teams = [...new Set(rows.map((r) => r.team))];
  const fact = (r: (typeof rows)[number]) => ({
    itemStatus: r.status === 'te_bespreken' ? 'te_bespreken' : 'besproken',
    locked: r.status === 'goedgekeurd',
    openQuestions: r.openQuestions,
  });
  return (
    <>
      <div className="crumbs">
        <Link href="/">Onderzoeken</Link> ›{' '}
        {role === 'teamleider' ? study.name : <Link href={`/onderzoeken/${study.id}`}>{study.name}</Link>} › Beoordeling
      </div>
      <h1>Beoordeling</h1>
      <ReviewNav studyId={study.id} current="beoordeling" openQuestions={openCount} />
      <p className="muted">
        {role === 'teamleider'
          ? 'De dossiers van jouw team: bekijk de antwoorden en turven, stel vragen en keur goed.'
          : 'Vragen van teamleiders en de goedkeuring per dossier.'}
        {openCount > 0 && (
          <>
            {' '}
            <Link href={`/onderzoeken/${study.id}/vragen`}>
              {openCount} open {openCount === 1 ? 'vraag' : 'vragen'}
            </Link>
            .
          </>
        )}
      </p>
      {rows.length === 0 && (
        <p className="card">Nog geen dossiers om te beoordelen{role === 'teamleider' ? ' in jouw team' : ''}.</p>
      )}
      {teams.length > 0 && (
        <table aria-label="Status per team">
          <thead>
            <tr>
              <th>Team</th>
              {REVIEW_STATUSES.map((s) => (
                <th key={s} className="num">
                  {REVIEW_STATUS_LABELS[s]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {teams.map((t) => {
              const c = countStatuses(rows.filter((r) => r.team === t).map(fact));
              return (
                <tr key={t} data-team={t}>
                  <th scope="row">{t}</th>
                  {REVIEW_STATUSES.map((s) => (
                    <td key={s} className="num" data-status={s}>
                      {c[s]}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {incomplete.length > 0 && (
        <section className="card" aria-labelledby="onvolledig" data-incomplete-list={incomplete.length}>
          <h2 id="onvolledig" style={{ marginTop: 0 }}>
            Niet meer compleet ({incomplete.length})
          </h2>
          <p className="small muted">
            Deze dossiers waren afgerond maar tellen nu niet mee, tot de onderzoeker ze aanvult en opnieuw afrondt.
          </p>
          <ul>
            {incomplete.map((c) => (
              <li key={c.itemId}>
                <Link href={`${base}/${c.itemId}`}>{c.dossiernummer}</Link> ({c.caseworker}):{' '}
                {c.reason === 'oude_regels' ? 'onvolledig (oude regels)' : 'antwoord gewist of gewijzigd'}
              </li>
            ))}
          </ul>
        </section>
      )}
      {teams.map((t) => (
        <section key={t} aria-label={`Dossiers van team ${t}`}>
          <h2>{t}</h2>
          {[...new Set(rows.filter((r) => r.team === t).map((r) => r.caseworker))].map((cw) => {
            const mine = rows.filter((r) => r.team === t && r.caseworker === cw);
            const c = countStatuses(mine.map(fact));
            const bulk =
              mayApprove && mine.some((r) => !r.locked)
                ? bulkApprovalSelection(db, study.id, mine[0].caseworkerId, teamIds, rows)
                : null;
            return (
              <details
                key={cw}
                className="card"
                data-caseworker={cw}
                open={mine.some((r) => r.status === 'vraag_open' || r.status === 'besproken') || undefined}
              >
                <summary>
                  <strong>{cw}</strong> ·{' '}
                  {REVIEW_STATUSES.filter((s) => c[s] > 0)
                    .map((s) => `${c[s]} ${REVIEW_STATUS_LABELS[s]}`)
                    .join(' · ')}
                </summary>
                {bulk && (
                  <BulkApprove
                    studyId={study.id}
                    caseworkerId={mine[0].caseworkerId}
                    caseworker={cw}
                    selection={{ eligible: bulk.eligible, excluded: bulk.excluded }}
                  />
                )}
                <table>
                  <thead>
                    <tr>
                      <th>Dossier</th>
                      <th>Status</th>
                      <th />
                    </tr>
                  </thead>
                  <tbody>
                    {mine.map((r) => (
                      <tr key={r.itemId} data-item={r.itemId}>
                        <td>
                          <Link href={`${base}/${r.itemId}`}>
                            <code>{r.dossiernummer}</code>
                          </Link>
                        </td>
                        <td>
                          <span className={`badge ${BADGE[r.status]}`}>{REVIEW_STATUS_LABELS[r.status]}</span>
                        </td>
                        <td>
                          <Link href={`${base}/${r.itemId}`}>bekijken</Link>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            );
          })}
        </section>
      ))}
    </>
  );
}
