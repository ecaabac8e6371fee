import Link from 'next/link';
import { getDb } from '@/db/client';
import { frameLockReason, getFrameStats, getLastFrameImport } from '@/db/queries/frame';
import { formatDateTime, formatInt } from '@/lib/format/nl';
import { FrameImport } from '@/components/frame/frame-import';
import { loadStudy } from '../study-context';

export const dynamic = 'force-dynamic';

export default async function FramePage({ params }: { params: Promise<{ id: string }> }) {
  const study = await loadStudy(params);
  const db = getDb();
  const stats = getFrameStats(db, study.id);
  const last = getLastFrameImport(db, study.id);
  const locked = frameLockReason(db, study.id);
  return (
    <>
      <div className="crumbs">
        <Link href="/">Onderzoeken</Link> › <Link href={`/onderzoeken/${study.id}`}>{study.name}</Link> › Kader
      </div>
      <h1>Kader importeren</h1>
      <p className="muted">
        Het steekproefkader is de volledige lijst dossiers van het onderzoeksjaar met het teamlid en team. Alleen
        dossiernummers: geen namen of andere persoonsgegevens.
      </p>
      {stats.total > 0 && (
        <div className="card" data-testid="current-frame">
          Huidig kader: <strong>{formatInt(stats.total)} dossiers</strong>, {stats.teams.length} teams,{' '}
          {stats.caseworkers.length} teamleden
          {last && (
            <>
              {' '}
              · {last.fileName}, {formatDateTime(last.importedAt)}
            </>
          )}{' '}
          · <Link href={`/onderzoeken/${study.id}/teams`}>bekijken</Link>
          {!locked && <div className="small muted">Een nieuwe import vervangt dit kader in zijn geheel.</div>}
        </div>
      )}
      {locked ? <div className="alert warn">{locked}</div> : <FrameImport studyId={study.id} />}
    </>
  );
}
