import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { getCanvas } from '@/db/queries/arena';
import { ArenaEditor } from '@/components/arena/arena-editor';
import { loadStudy } from '../../../study-context';
import { loadEditorContext } from '../../load-editor';

export const dynamic = 'force-dynamic';

export default async function GroupCanvasPage({ params }: { params: Promise<{ id: string; canvasId: string }> }) {
  const study = await loadStudy(params);
  const { canvasId } = await params;
  const canvas = /^\d+$/.test(canvasId) ? getCanvas(getDb(), study.id, Number(canvasId)) : null;
  if (!canvas || canvas.kind !== 'groep') notFound();
  const base = `/onderzoeken/${study.id}/arena`;
  return (
    <>
      <div className="crumbs no-print">
        <Link href="/">Onderzoeken</Link> › <Link href={`/onderzoeken/${study.id}`}>{study.name}</Link> ›{' '}
        <Link href={base}>EffectenArena</Link> › <Link href={`${base}/groepen`}>Groepen</Link> › {canvas.name}
      </div>
      <h1>EffectenArena: {canvas.name}</h1>
      <ArenaEditor
        studyId={study.id}
        canvas={{ id: canvas.id, revision: canvas.revision, name: canvas.name }}
        initialDoc={canvas.doc}
        {...loadEditorContext(study.id)}
      />
    </>
  );
}
