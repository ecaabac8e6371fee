import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { listSessionCases } from '@/db/queries/interviews';
import { SAMPLE_STATUS_LABELS } from '@/lib/sampling/unusable';
import { CaseTime, SessionPace } from '@/components/interview/session-pace';
import { loadStudy } from '../../study-context';

export const dynamic = 'force-dynamic';

const BADGE = {
  te_bespreken: 'open',
  reserve_in_gebruik: 'bezig',
  besproken: 'klaar',
  onbruikbaar: 'geweigerd',
  reserve: '',
} as const;

export default async function SessionPage({ params }: { params: Promise<{ id: string; caseworkerId: string }> }) {
  const study = await loadStudy(params);
  const { caseworkerId } = await params;
  const session = /^\d+$/.test(caseworkerId) ? listSessionCases(getDb(), study.id, Number(caseworkerId)) : null;
  if (!session) notFound();
  const base = `/onderzoeken/${study.id}/interviews`;
  const done = session.cases.filter((c) => c.status === 'besproken').length;
  const total = session.cases.filter((c) => c.status !== 'onbruikbaar').length;
  const next = session.cases.find((c) => c.status === 'te_bespreken' || c.status === 'reserve_in_gebruik');
  return (
    <>
      <div className="crumbs">
        <Link href="/">Onderzoeken</Link> › <Link href={`/onderzoeken/${study.id}`}>{study.name}</Link> ›{' '}
        <Link href={base}>Interviews</Link> › {session.caseworker.name}
      </div>
      <h1>Sessie met {session.caseworker.name}</h1>
      <p className="muted">
        {done} van {total} dossiers besproken ·{' '}
        <SessionPace
          studyId={study.id}
          cases={session.cases.map((c) => ({ id: c.id, finished: c.status === 'besproken' }))}
        />
      </p>
      {next && (
        <div className="row-actions">
          <Link className="button" href={`${base}/${caseworkerId}/${next.id}`} autoFocus>
            Volgend dossier: {next.dossiernummer}
          </Link>
        </div>
      )}
      <table aria-label="Dossiers in deze sessie" style={{ marginTop: '1rem' }}>
        <thead>
          <tr>
            <th className="num">#</th>
            <th>Dossiernummer</th>
            <th>Status</th>
            <th className="num" title="De tijd dat het dossier open stond, gemeten in deze browser">
              Tijd
            </th>
            <th />
          </tr>
        </thead>
        <tbody>
          {session.cases.map((c) => (
            <tr key={c.id}>
              <td className="num">{c.position}</td>
              <td>
                <code>{c.dossiernummer}</code>
              </td>
              <td>
                <span className={`badge ${BADGE[c.status]}`}>{SAMPLE_STATUS_LABELS[c.status]}</span>
              </td>
              <td className="num">
                <CaseTime studyId={study.id} itemId={c.id} />
              </td>
              <td>
                {c.status !== 'onbruikbaar' && (
                  <Link href={`${base}/${caseworkerId}/${c.id}`}>
                    {c.status === 'besproken' ? 'bekijken' : 'openen'}
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
