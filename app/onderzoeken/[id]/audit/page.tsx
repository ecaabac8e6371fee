import Link from 'next/link';
import { getDb } from '@/db/client';
import { auditFacets } from '@/db/queries/audit-trail';
import { loadAuditLines } from '@/db/queries/audit-export';
import { auditQueryString, parseAuditQuery } from '@/lib/audit/filter';
import { ACTION_LABELS } from '@/lib/audit/rows';
import { formatDateTime } from '@/lib/format/nl';
import { loadStudy } from '../study-context';

export const dynamic = 'force-dynamic';

const SHOWN = 500;

/** Every change per case: who, when, old → new. Filterable; the same filters export to xlsx. */
export default async function AuditPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const study = await loadStudy(params, ['onderzoeker', 'teamleider']);
  const sp = await searchParams;
  const q = parseAuditQuery((n) => sp[n]);
  const db = getDb();
  const { teamIds } = study.access;
  const result = loadAuditLines(db, study.id, q, teamIds);
  const facets = teamIds ? { actors: [], actions: [] } : auditFacets(db, study.id);
  const qs = auditQueryString(q);
  return (
    <>
      <div className="crumbs"><Link href="/">Onderzoeken</Link> › <Link href={`/onderzoeken/${study.id}/beoordeling`}>{study.name}</Link> › Audittrail</div>
      <h1>Audittrail</h1>
      <p className="muted">Elke wijziging: wie, wanneer, oud → nieuw. Ook goedkeuringen, ontgrendelingen en exports. Het logboek kan niet worden gewijzigd.</p>
      <form className="card row-actions" method="get" aria-label="Filters">
        <label>Dossier <input name="dossier" defaultValue={q.dossier} size={12} /></label>
        {!teamIds && (
          <>
            <label>Wie <select name="wie" defaultValue={q.actor}><option value="">iedereen</option>{facets.actors.map((a) => <option key={a}>{a}</option>)}</select></label>
            <label>Actie <select name="actie" defaultValue={q.action}><option value="">alle</option>{facets.actions.map((a) => <option key={a} value={a}>{ACTION_LABELS[a] ?? a}</option>)}</select></label>
          </>
        )}
        <label>Van <input type="date" name="van" defaultValue={q.from} /></label>
        <label>Tot en met <input type="date" name="tot" defaultValue={q.to} /></label>
        <button type="submit">Filteren</button>
        {result.ok && <a className="button secondary" href={`/api/onderzoeken/${study.id}/audit${qs ? `?${qs}` : ''}`} download>Exporteren (.xlsx)</a>}
      </form>
      {!result.ok ? <p className="alert warn" role="status">{result.message}</p> : (
        <>
          <p className="small muted">{result.lines.length} {result.lines.length === 1 ? 'regel' : 'regels'}{result.lines.length > SHOWN ? `; de eerste ${SHOWN} staan hieronder, de export bevat alles` : ''}.</p>
          <table aria-label="Audittrail">
            <thead><tr><th>Tijdstip</th><th>Wie</th><th>Actie</th><th>Dossier</th><th>Veld</th><th>Oud</th><th>Nieuw</th></tr></thead>
            <tbody>
              {result.lines.slice(0, SHOWN).map((l) => (
                <tr key={l.id}><td>{formatDateTime(l.at)}</td><td>{l.actor}</td><td>{l.action}</td><td><code>{l.dossier}</code></td><td><code>{l.field}</code></td>
                  <td className="small">{l.oldText}</td><td className="small">{l.newText}</td></tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
