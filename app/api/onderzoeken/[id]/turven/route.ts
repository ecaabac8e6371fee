import { getDb } from '@/db/client';
import { findStudyByParam } from '@/db/queries/studies';
import { runJob, isJobStopped } from '@/db/jobs/run';
import { checkStudyAccess } from '@/app/access';
import { readUpload } from '@/app/api/upload';
import { crossOriginRefusal } from '@/app/origin-check';

export const dynamic = 'force-dynamic';

const refuse = (status: number, reason: string) =>
  Response.json({ ok: false, errors: [{ row: null, column: null, value: null, reason }], conflicts: [] }, { status });

/**
 * POST a filled-in steekproefbestand or template: all answers are imported, or none (errors and
 * conflicts listed). Reading and checking run in a worker thread; a client that goes away stops it.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const crossOrigin = crossOriginRefusal(request);
  if (crossOrigin) return refuse(403, crossOrigin);
  const { id } = await params;
  const db = getDb();
  const study = findStudyByParam(db, id);
  const check = await checkStudyAccess(study?.id ?? -1);
  if (!check.ok) return refuse(check.status, check.message);
  if (!study) return refuse(404, 'Dit onderzoek bestaat niet.');
  const upload = await readUpload(request, 'Kies eerst een bestand (.xlsx).');
  if (!upload.ok) return refuse(upload.status, upload.reason);
  try {
    const result = await runJob(
      'tally.import',
      { studyId: study.id, data: upload.data, actor: check.access.actor },
      { signal: request.signal, transfer: [upload.data.buffer as ArrayBuffer] },
    );
    return Response.json(result);
  } catch (err) {
    if (isJobStopped(err, 'cancelled')) return new Response(null, { status: 499 });
    console.error('tally import failed', err);
    return refuse(
      500,
      isJobStopped(err, 'timeout')
        ? 'Het verwerken duurde te lang en is gestopt. Er is niets opgeslagen.'
        : 'Er ging iets mis bij het verwerken. Er is niets opgeslagen. Probeer het opnieuw.',
    );
  }
}
