import Link from 'next/link';
import { getDb } from '@/db/client';
import { getFrameStats } from '@/db/queries/frame';
import { getActiveDraw, interviewsStarted, listDraws } from '@/db/queries/sample-draws';
import { listDrawItems, listReplacements, summarizeItems } from '@/db/queries/sample-items';
import { generateSeed } from '@/lib/sampling';
import { SAMPLE_STATUS_LABELS, UNUSABLE_REASONS, type UnusableReason } from '@/lib/sampling/unusable';
import { formatDateTime, formatInt } from '@/lib/format/nl';
import { SampleSetupForm } from '@/components/sample/sample-setup-form';
import { ReplaceCaseForm } from '@/components/sample/replace-case-form';
import { ArchiveDrawForm } from '@/components/sample/archive-draw-form';
import { loadStudy } from '../study-context';

export const dynamic = 'force-dynamic';

const STATUS_BADGE = {
  te_bespreken: 'open',
  besproken: 'klaar',
  onbruikbaar: 'geweigerd',
  reserve: '',
  reserve_in_gebruik: 'bezig',
} as const;

export default async function SamplePage({ params }: { params: Promise<{ id: string }> }) {
  const study = await loadStudy(params);
  const db = getDb();
  const stats = getFrameStats(db, study.id);
  const active = getActiveDraw(db, study.id);
  const draws = listDraws(db, study.id);
  const base = `/onderzoeken/${study.id}`;
  const crumbs = (
    <div className="crumbs">
      <Link href="/">Onderzoeken</Link> › <Link href={base}>{study.name}</Link> › Steekproef
    </div>
  );

  if (stats.total === 0) {
    return (
      <>
        {crumbs}
        <h1>Steekproef</h1>
        <p className="card">
          Importeer eerst het kader. <Link href={`${base}/kader`}>Kader importeren</Link>
        </p>
      </>
    );
  }
  const setup = (
    <SampleSetupForm
      studyId={study.id}
      caseworkers={stats.caseworkers}
      defaultSeed={String(generateSeed())}
      needsReason={draws.length > 0}
    />
  );
  if (!active) {
    return (
      <>
        {crumbs}
        <h1>Steekproef instellen</h1>
        <p className="muted">
          Per teamlid een aselecte steekproef zonder teruglegging uit zijn of haar dossiers, met een geordende
          reservelijst. De trekking is reproduceerbaar uit kader, seed en algoritme.
        </p>
        <div className="card">{setup}</div>
        <PreviousDraws draws={draws} base={base} />
      </>
    );
  }

  const items = listDrawItems(db, active.id);
  const groups = summarizeItems(items);
  const replacements = listReplacements(db, active.id);
  const last = replacements.at(-1);
  const started = interviewsStarted(db, active.id);
  const cert = active.certificate;
  const flagged = cert.strata.filter((s) => s.insufficient);
  return (
    <>
      {crumbs}
      <h1>Steekproef</h1>
      <div className="card">
        <dl className="facts">
          <dt>Versie</dt>
          <dd>{active.version}</dd>
          <dt>Seed</dt>
          <dd>
            <code>{active.seed}</code>
          </dd>
          <dt>Algoritme</dt>
          <dd>
            <code>{active.algorithm}</code>
          </dd>
          <dt>Getrokken</dt>
          <dd>
            {formatDateTime(active.drawnAt)} door {active.drawnBy}
          </dd>
          <dt>Per teamlid</dt>
          <dd>
            {active.perCaseworker} dossiers + {active.reserves} reserves
          </dd>
        </dl>
        <div className="row-actions">
          <Link className="button" href={`${base}/steekproef/certificaat`}>
            Certificaat bekijken
          </Link>
        </div>
      </div>
      {flagged.length > 0 && (
        <div className="alert warn">
          Minder dossiers dan steekproef + reserves, alle dossiers genomen:{' '}
          {flagged.map((s) => `${s.caseworker} (N = ${s.N})`).join(', ')}.
        </div>
      )}
      {last && (
        <div className="alert ok" role="status">
          Laatste vervanging: dossier {last.unusable} ({UNUSABLE_REASONS[last.reason as UnusableReason].toLowerCase()})
          → {last.reserve ? `reserve ${last.reserve} in gebruik` : `geen reserve meer voor ${last.caseworker}`}.
        </div>
      )}
      <h2>Dossiers per teamlid</h2>
      {groups.map((g) => {
        const counts = Object.entries(SAMPLE_STATUS_LABELS)
          .map(([k, label]) => [label, g.items.filter((i) => i.status === k).length] as const)
          .filter(([, n]) => n > 0);
        return (
          <section key={g.caseworker} className="card" aria-label={`Steekproef ${g.caseworker}`}>
            <h3 style={{ marginTop: 0 }}>
              {g.caseworker}{' '}
              <span className="muted small">
                · {g.team} · {counts.map(([l, n]) => `${n} ${l}`).join(' · ')}
              </span>
            </h3>
            <table>
              <thead>
                <tr>
                  <th className="num">#</th>
                  <th>Dossiernummer</th>
                  <th>Status</th>
                  <th>Reden</th>
                  <th className="no-print">Actie</th>
                </tr>
              </thead>
              <tbody>
                {g.items.map((i) => (
                  <tr key={i.id} data-dossier={i.dossiernummer}>
                    <td className="num">{i.position}</td>
                    <td>
                      <code>{i.dossiernummer}</code>
                    </td>
                    <td>
                      <span className={`badge ${STATUS_BADGE[i.status]}`}>{SAMPLE_STATUS_LABELS[i.status]}</span>
                    </td>
                    <td className="small">
                      {i.unusableReason ? UNUSABLE_REASONS[i.unusableReason as UnusableReason] : ''}
                      {i.unusableNote ? `: ${i.unusableNote}` : ''}
                    </td>
                    <td className="no-print">
                      {(i.status === 'te_bespreken' || i.status === 'reserve_in_gebruik') && (
                        <ReplaceCaseForm studyId={study.id} dossiernummer={i.dossiernummer} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
      <h2>Nieuwe trekking</h2>
      <details className="card">
        <summary>
          {started
            ? 'De interviews zijn begonnen: archiveer deze trekking eerst'
            : 'Opnieuw trekken (nieuwe versie, met reden)'}
        </summary>
        <div style={{ marginTop: '1rem' }}>
          {started ? <ArchiveDrawForm studyId={study.id} version={active.version} /> : setup}
        </div>
      </details>
      <PreviousDraws draws={draws.filter((d) => d.id !== active.id)} base={base} />
      <p className="small muted">{formatInt(items.length)} dossiers in deze versie (steekproef en reserves).</p>
    </>
  );
}

function PreviousDraws({ draws, base }: { draws: ReturnType<typeof listDraws>; base: string }) {
  if (draws.length === 0) return null;
  return (
    <section>
      <h2>Eerdere versies</h2>
      <table aria-label="Eerdere versies">
        <thead>
          <tr>
            <th>Versie</th>
            <th>Getrokken</th>
            <th>Status</th>
            <th>Reden</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {draws.map((d) => (
            <tr key={d.id}>
              <td>{d.version}</td>
              <td>
                {formatDateTime(d.drawnAt)} door {d.drawnBy}
              </td>
              <td>{d.status}</td>
              <td className="small">{d.archiveReason ?? d.reason ?? ''}</td>
              <td>
                <Link href={`${base}/steekproef/certificaat?versie=${d.version}`}>certificaat</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
