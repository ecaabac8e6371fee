import Link from 'next/link';
import { getDb } from '@/db/client';
import { auditFacets } from '@/db/queries/audit-trail';
import { loadAuditLines } from '@/db/queries/audit-export';
import { auditQueryString } from '@/lib/audit/filter';
import { AUDIT_MAX_PAGE, AUDIT_PAGE_SIZE, parseAuditSearch } from '@/lib/audit/search';
import { actionLabel } from '@/lib/audit/rows';
import { formatDateTime } from '@/lib/format/nl';
import { ReviewNav } from '@/components/review/review-nav';
import { AuditTable } from '@/components/review/audit-table';
import { loadStudy } from '../study-context';

export const dynamic = 'force-dynamic';

/**
 * Every change per case: who, when, old → new in the interview's own words. Opens on the latest
 * changes (a team lead: of their own team's cases), 100 per page; filters narrow it, and the
 * same filters export everything to xlsx.
 */
export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const study = await loadStudy(params, ['onderzoeker', 'teamleider']);
  const { query: q, page, notices } = parseAuditSearch(await searchParams);
  const db = getDb();
  const { teamIds, role } = study.access;
  const result = loadAuditLines(db, study.id, q, teamIds, {
    limit: AUDIT_PAGE_SIZE,
    offset: (page - 1) * AUDIT_PAGE_SIZE,
  });
  const facets = teamIds ? { actors: [], actions: [] } : auditFacets(db, study.id);
  const qs = auditQueryString(q);
  const pages = result.ok ? Math.min(AUDIT_MAX_PAGE, Math.max(1, Math.ceil(result.total / AUDIT_PAGE_SIZE))) : 1;
  const pageHref = (p: number) => `?${[qs, p > 1 ? `pagina=${p}` : ''].filter(Boolean).join('&')}`;
  return (
    <>
      <div className="crumbs">
        <Link href="/">Onderzoeken</Link> ›{' '}
        {role === 'teamleider' ? study.name : <Link href={`/onderzoeken/${study.id}`}>{study.name}</Link>} › Audittrail
      </div>
      <h1>Audittrail</h1>
      <ReviewNav studyId={study.id} current="audit" />
      <p className="muted">
        Elke wijziging{teamIds ? ' aan de dossiers van jouw team' : ''}: wie, wanneer, oud → nieuw, nieuwste eerst. Ook
        goedkeuringen, ontgrendelingen en exports. Het logboek kan niet worden gewijzigd.
      </p>
      {notices.map((n) => (
        <p key={n} className="alert warn" role="status" data-audit-notice="">
          {n}
        </p>
      ))}
      <form className="card row-actions" method="get" aria-label="Filters">
        <label>
          Dossier <input name="dossier" defaultValue={q.dossier} size={12} />
        </label>
        {!teamIds && (
          <>
            <label>
              Wie{' '}
              <select name="wie" defaultValue={q.actor}>
                <option value="">iedereen</option>
                {facets.actors.map((a) => (
                  <option key={a}>{a}</option>
                ))}
              </select>
            </label>
            <label>
              Actie{' '}
              <select name="actie" defaultValue={q.action}>
                <option value="">alle</option>
                {facets.actions.map((a) => (
                  <option key={a} value={a}>
                    {actionLabel(a)}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
        <label>
          Van <input type="date" name="van" defaultValue={q.from} />
        </label>
        <label>
          Tot en met <input type="date" name="tot" defaultValue={q.to} />
        </label>
        <button type="submit">Filteren</button>
        {qs && <Link href={`/onderzoeken/${study.id}/audit`}>filters wissen</Link>}
        {result.ok && (
          <a className="button secondary" href={`/api/onderzoeken/${study.id}/audit${qs ? `?${qs}` : ''}`} download>
            Exporteren (.xlsx)
          </a>
        )}
      </form>
      {!result.ok ? (
        <p className="alert warn" role="status">
          {result.message}
        </p>
      ) : (
        <>
          <nav className="pager small" aria-label="Pagina's">
            <span data-audit-total={result.total}>
              {result.total} {result.total === 1 ? 'regel' : 'regels'}
              {result.total > 0 && `, pagina ${page} van ${pages}`}
              {result.total > AUDIT_MAX_PAGE * AUDIT_PAGE_SIZE &&
                ` (de nieuwste ${AUDIT_MAX_PAGE * AUDIT_PAGE_SIZE}; filter of exporteer voor oudere)`}
            </span>
            {page > 1 && (
              <Link href={pageHref(page - 1)} rel="prev">
                ← nieuwer
              </Link>
            )}
            {page < pages && (
              <Link href={pageHref(page + 1)} rel="next">
                ouder →
              </Link>
            )}
          </nav>
          {result.lines.length === 0 ? (
            <p className="card">Geen wijzigingen{qs ? ' met deze filters' : ''}.</p>
          ) : (
            <AuditTable lines={result.lines} formatAt={formatDateTime} />
          )}
        </>
      )}
    </>
  );
}
