import Link from 'next/link';
import { getDb } from '@/db/client';
import { getStudyCanvas, listGroupCanvases } from '@/db/queries/arena';
import { defaultArenaDoc } from '@/lib/arena/template';
import { formatDateTime } from '@/lib/format/nl';
import { ArenaEditor } from '@/components/arena/arena-editor';
import { loadStudy } from '../study-context';
import { loadEditorContext } from './load-editor';

export const dynamic = 'force-dynamic';

export default async function ArenaPage({ params }: { params: Promise<{ id: string }> }) {
  const study = await loadStudy(params);
  const canvas = getStudyCanvas(getDb(), study.id);
  const groups = listGroupCanvases(getDb(), study.id);
  return (
    <>
      <div className="crumbs no-print">
        <Link href="/">Onderzoeken</Link> › <Link href={`/onderzoeken/${study.id}`}>{study.name}</Link> › EffectenArena
      </div>
      <h1>EffectenArena: {study.name}</h1>
      <p className="muted small no-print">
        De beleidstheorie: probleem, interventie, investeerders, effecten en incasseerders, met pijlen ertussen. Koppel
        elk effect aan de MKBA-posten die het waarderen en de codeboekvragen die het meten.{' '}
        {canvas
          ? `Versie ${canvas.revision}, ${formatDateTime(canvas.updatedAt)} door ${canvas.updatedBy}.`
          : 'Nog niet opgeslagen: dit is het standaardschema uit het rapport.'}
        {canvas?.mergedAt &&
          ` Samengevoegd uit ${canvas.mergedFrom?.length ?? 0} groepen op ${formatDateTime(canvas.mergedAt)} door ${canvas.mergedBy}.`}{' '}
        <Link href={`/onderzoeken/${study.id}/arena/groepen`}>Workshop: groepscanvassen ({groups.length})</Link>
      </p>
      <ArenaEditor
        studyId={study.id}
        canvas={{ id: canvas?.id ?? null, revision: canvas?.revision ?? 0, name: study.name }}
        initialDoc={canvas?.doc ?? defaultArenaDoc()}
        {...loadEditorContext(study.id)}
      />
    </>
  );
}
