import Link from 'next/link';
import { getDb } from '@/db/client';
import { getStudyCanvas, listGroupCanvases } from '@/db/queries/arena';
import { compareCanvases } from '@/lib/arena/compare';
import { formatDateTime } from '@/lib/format/nl';
import { CompareTable } from '@/components/arena/compare-table';
import { GroupForm } from '@/components/arena/group-form';
import { MergeForm } from '@/components/arena/merge-form';
import { loadStudy } from '../../study-context';

export const dynamic = 'force-dynamic';

/** Workshop mode: one canvas per group, their side-by-side comparison, and the merge into the study canvas. */
export default async function ArenaGroupsPage({ params }: { params: Promise<{ id: string }> }) {
  const study = await loadStudy(params);
  const db = getDb();
  const groups = listGroupCanvases(db, study.id);
  const studyCanvas = getStudyCanvas(db, study.id);
  const base = `/onderzoeken/${study.id}/arena`;
  return (
    <>
      <div className="crumbs">
        <Link href="/">Onderzoeken</Link> › <Link href={`/onderzoeken/${study.id}`}>{study.name}</Link> ›{' '}
        <Link href={base}>EffectenArena</Link> › Groepen
      </div>
      <h1>Workshop: groepscanvassen</h1>
      <p className="muted">
        Elke groep van 3 tot 5 deelnemers tekent een eigen canvas. Vergelijk ze hieronder en voeg ze samen tot het
        canvas van het onderzoek.
      </p>
      <div className="grid2">
        <section className="card">
          <h2 style={{ marginTop: 0 }}>Groepen</h2>
          {groups.length === 0 ? (
            <p className="muted">Nog geen groepen.</p>
          ) : (
            <ul>
              {groups.map((g) => (
                <li key={g.id}>
                  <Link href={`${base}/groepen/${g.id}`}>{g.name}</Link>{' '}
                  <span className="small muted">
                    · {g.doc.cards.length} kaarten, {g.doc.arrows.length} pijlen · {formatDateTime(g.updatedAt)} door{' '}
                    {g.updatedBy}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <GroupForm studyId={study.id} suggestedName={`Groep ${groups.length + 1}`} />
      </div>
      {groups.length > 0 && (
        <>
          <h2>Vergelijking</h2>
          <CompareTable comparison={compareCanvases(groups)} />
          <MergeForm
            studyId={study.id}
            groups={groups.map((g) => ({ id: g.id, name: g.name }))}
            studyRevision={studyCanvas?.revision ?? 0}
            lastMerge={
              studyCanvas?.mergedAt
                ? `Laatst samengevoegd op ${formatDateTime(studyCanvas.mergedAt)} door ${studyCanvas.mergedBy}.`
                : null
            }
          />
        </>
      )}
    </>
  );
}
