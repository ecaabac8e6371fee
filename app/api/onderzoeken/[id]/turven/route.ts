import { getDb } from '@/db/client';
import { findStudyByParam } from '@/db/queries/studies';
import { importTallies } from '@/db/queries/tally-import';
import { checkStudyAccess } from '@/app/access';
import { crossOriginRefusal } from '@/app/origin-check';

export const dynamic = 'force-dynamic';

/** POST a filled-in steekproefbestand or template: all answers are imported, or none (errors and conflicts listed). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const crossOrigin = crossOriginRefusal(request);
  if (crossOrigin) return Response.json({ ok: false, errors: [{ row: null, column: null, value: null, reason: crossOrigin }], conflicts: [] }, { status: 403 });
  const { id } = await params;
  const db = getDb();
  const study = findStudyByParam(db, id);
  const check = await checkStudyAccess(study?.id ?? -1);
  if (!check.ok) return Response.json({ ok: false, errors: [{ row: null, column: null, value: null, reason: check.message }], conflicts: [] }, { status: check.status });
  if (!study) return Response.json({ ok: false, errors: [{ row: null, column: null, value: null, reason: 'Dit onderzoek bestaat niet.' }], conflicts: [] }, { status: 404 });
  const file = (await request.formData().catch(() => null))?.get('bestand');
  if (!(file instanceof File)) return Response.json({ ok: false, errors: [{ row: null, column: null, value: null, reason: 'Kies eerst een bestand (.xlsx).' }], conflicts: [] }, { status: 400 });
  const result = await importTallies(db, { studyId: study.id, data: new Uint8Array(await file.arrayBuffer()), actor: check.access.actor });
  return Response.json(result);
}
