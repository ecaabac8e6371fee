import Link from 'next/link';
import { getDb } from '@/db/client';
import { getFrameStats, getLastFrameImport } from '@/db/queries/frame';
import { getStudyProgress } from '@/db/queries/studies';
import { formatDateTime, formatInt } from '@/lib/format/nl';
import { STATUS_LABELS, workflowSteps } from '@/lib/study/workflow';
import { loadStudy } from './study-context';

export const dynamic = 'force-dynamic';

export default async function StudyPage({ params }: { params: Promise<{ id: string }> }) {
  const study = await loadStudy(params);
  const db = getDb();
  const progress = getStudyProgress(db, study.id);
  const stats = getFrameStats(db, study.id);
  const lastImport = getLastFrameImport(db, study.id);
  const steps = workflowSteps({ ...progress, teams: stats.teams.length, caseworkers: stats.caseworkers.length });
  return (
    <>
      <div className="crumbs">
        <Link href="/">Onderzoeken</Link> › {study.name}
      </div>
      <h1>{study.name}</h1>
      <p className="muted">
        {study.municipality} · {study.year}
        {study.isDemo && ' · demo met synthetische gegevens'}
      </p>
      <ol className="steps" aria-label="Werkwijze">
        {steps.map((s) => (
          <li key={s.key} data-step={s.key}>
            <span className="title">
              {s.path ? <Link href={`/onderzoeken/${study.id}/${s.path}`}>{s.title}</Link> : s.title}
            </span>
            <span className={`badge ${s.status}`}>{STATUS_LABELS[s.status]}</span>
            <div className="small muted" style={{ marginTop: '.3rem' }}>
              {s.detail}
            </div>
          </li>
        ))}
      </ol>
      <div className="grid2">
        <section className="card">
          <h2 style={{ marginTop: 0 }}>Onderzoek</h2>
          <dl className="facts">
            <dt>Gemeente</dt>
            <dd>{study.municipality}</dd>
            <dt>Jaar</dt>
            <dd>{study.year}</dd>
            <dt>Caseload huishoudens</dt>
            <dd>{study.households == null ? 'niet ingevuld' : formatInt(study.households)}</dd>
            <dt>Caseload cliënten</dt>
            <dd>{study.clients == null ? 'niet ingevuld' : formatInt(study.clients)}</dd>
            <dt>Codeboek</dt>
            <dd>
              {study.codebookVersion} ·{' '}
              <Link href={`/onderzoeken/${study.id}/lijsten`}>lijsten bekijken of aanpassen</Link>
            </dd>
            <dt>EffectenArena</dt>
            <dd>
              <Link href={`/onderzoeken/${study.id}/arena`}>beleidstheorie: effecten, MKBA-posten en meetvragen</Link>
            </dd>
            <dt>Beoordeling</dt>
            <dd>
              <Link href={`/onderzoeken/${study.id}/beoordeling`}>per dossier</Link> ·{' '}
              <Link href={`/onderzoeken/${study.id}/vragen`}>open vragen</Link> ·{' '}
              <Link href={`/onderzoeken/${study.id}/audit`}>audittrail</Link>
            </dd>
            <dt>MKBA</dt>
            <dd>
              <Link href={`/onderzoeken/${study.id}/kengetallen`}>kengetallen</Link> ·{' '}
              <Link href={`/onderzoeken/${study.id}/mkba`}>uitvoerscherm</Link>
            </dd>
          </dl>
        </section>
        <section className="card">
          <h2 style={{ marginTop: 0 }}>Kader</h2>
          {stats.total === 0 ? (
            <p>
              Nog geen kader. <Link href={`/onderzoeken/${study.id}/kader`}>Kader importeren</Link>
            </p>
          ) : (
            <>
              <dl className="facts">
                <dt>Dossiers</dt>
                <dd>{formatInt(stats.total)}</dd>
                <dt>Teams</dt>
                <dd>{stats.teams.length}</dd>
                <dt>Teamleden</dt>
                <dd>{stats.caseworkers.length}</dd>
                {lastImport && (
                  <>
                    <dt>Bron</dt>
                    <dd>
                      {lastImport.fileName}, {formatDateTime(lastImport.importedAt)}
                    </dd>
                  </>
                )}
              </dl>
              <p>
                <Link href={`/onderzoeken/${study.id}/teams`}>Teams en teamleden bekijken</Link>
              </p>
              {progress.draw && (
                <p>
                  Steekproefbestand:{' '}
                  <a href={`/api/onderzoeken/${study.id}/export`} download>
                    Excel (.xlsx)
                  </a>{' '}
                  ·{' '}
                  <a href={`/api/onderzoeken/${study.id}/export?formaat=csv`} download>
                    csv
                  </a>{' '}
                  · <Link href={`/onderzoeken/${study.id}/export`}>sjablonen en terugzetten</Link>
                </p>
              )}
            </>
          )}
        </section>
      </div>
    </>
  );
}
