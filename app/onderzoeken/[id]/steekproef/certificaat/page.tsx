import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { getActiveDraw, getDraw } from '@/db/queries/sample-draws';
import { listReplacements } from '@/db/queries/sample-items';
import { UNUSABLE_REASONS, type UnusableReason } from '@/lib/sampling/unusable';
import { formatDateTime, formatInt } from '@/lib/format/nl';
import { PrintButton } from '@/components/ui/print-button';
import { loadStudy } from '../../study-context';

export const dynamic = 'force-dynamic';

export default async function CertificatePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ versie?: string }>;
}) {
  const study = await loadStudy(params);
  const { versie } = await searchParams;
  const db = getDb();
  const draw = versie && /^\d+$/.test(versie) ? getDraw(db, study.id, Number(versie)) : getActiveDraw(db, study.id);
  if (!draw) notFound();
  const c = draw.certificate;
  const replacements = listReplacements(db, draw.id);
  const base = `/onderzoeken/${study.id}`;
  return (
    <article aria-label="Steekproefcertificaat">
      <div className="crumbs no-print">
        <Link href="/">Onderzoeken</Link> › <Link href={base}>{study.name}</Link> ›{' '}
        <Link href={`${base}/steekproef`}>Steekproef</Link> › Certificaat
      </div>
      <h1>Steekproefcertificaat</h1>
      <p className="muted">
        {c.study.name} · {c.study.municipality} · {c.study.year}
      </p>
      <div className="card">
        <dl className="facts">
          <dt>Versie</dt>
          <dd>
            {c.version}
            {draw.status === 'gearchiveerd' && (
              <>
                {' '}
                <span className="badge geweigerd">gearchiveerd</span> {draw.archiveReason}
              </>
            )}
          </dd>
          <dt>Algoritme</dt>
          <dd>
            <code>{c.algorithm}</code>
          </dd>
          <dt>Seed</dt>
          <dd>
            <code>{c.seed}</code>
          </dd>
          <dt>SHA-256 van het kader</dt>
          <dd>
            <code style={{ wordBreak: 'break-all' }}>{c.frameSha256}</code>
          </dd>
          <dt>Per teamlid</dt>
          <dd>
            {c.perCaseworker} dossiers + {c.reserves} reserves
          </dd>
          <dt>Getrokken door</dt>
          <dd>{c.drawnBy}</dd>
          <dt>Getrokken op</dt>
          <dd>{formatDateTime(Date.parse(c.drawnAt))}</dd>
          {c.reason && (
            <>
              <dt>Reden nieuwe trekking</dt>
              <dd>{c.reason}</dd>
            </>
          )}
        </dl>
        <p className="small muted">
          Controle: <code>npm run dossier -- sample verify --study {study.id}</code> berekent de trekking opnieuw uit
          het opgeslagen kader en de seed. De SHA-256 is berekend over het canonieke kader zoals beschreven in de README
          (teamlid, team en dossiernummer per regel, gesorteerd op bytevolgorde).
        </p>
        <PrintButton label="Certificaat afdrukken" />
      </div>
      <h2>Strata</h2>
      <table aria-label="Strata">
        <thead>
          <tr>
            <th>Teamlid</th>
            <th>Team</th>
            <th className="num">
              N<sub>h</sub>
            </th>
            <th className="num">
              n<sub>h</sub>
            </th>
            <th className="num">Reserves</th>
            <th>Getrokken (in volgorde)</th>
            <th>Reserves (in volgorde)</th>
          </tr>
        </thead>
        <tbody>
          {c.strata.map((s) => (
            <tr key={s.caseworker}>
              <td>
                {s.caseworker}
                {s.insufficient && (
                  <div className="small" style={{ color: 'var(--warn)' }}>
                    alle dossiers genomen
                  </div>
                )}
              </td>
              <td>{s.team}</td>
              <td className="num">{formatInt(s.N)}</td>
              <td className="num">{s.n}</td>
              <td className="num">{s.reserveCount}</td>
              <td className="small">
                <code>{s.sample.join(', ')}</code>
              </td>
              <td className="small">
                <code>{s.reserves.join(', ')}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Vervangingen sinds de trekking</h2>
      {replacements.length === 0 ? (
        <p className="muted">Geen.</p>
      ) : (
        <table aria-label="Vervangingen">
          <thead>
            <tr>
              <th>Wanneer</th>
              <th>Door</th>
              <th>Teamlid</th>
              <th>Onbruikbaar</th>
              <th>Reden</th>
              <th>Reserve in gebruik</th>
            </tr>
          </thead>
          <tbody>
            {replacements.map((r) => (
              <tr key={r.id}>
                <td>{formatDateTime(r.replacedAt)}</td>
                <td>{r.replacedBy}</td>
                <td>{r.caseworker}</td>
                <td>
                  <code>{r.unusable}</code>
                </td>
                <td>
                  {UNUSABLE_REASONS[r.reason as UnusableReason]}
                  {r.note ? `: ${r.note}` : ''}
                </td>
                <td>{r.reserve ? <code>{r.reserve}</code> : 'geen reserve meer'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
