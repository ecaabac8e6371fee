import { z } from 'zod';
import { getDb } from '@/db/client';
import { frameLockReason, importFrameFile } from '@/db/queries/frame';
import { findStudyByParam } from '@/db/queries/studies';
import { parseFrameFile } from '@/lib/import';
import { checkStudyAccess } from '@/app/access';
import { crossOriginRefusal } from '@/app/origin-check';
import { previewPayload, type ImportEvent } from '@/lib/import/events';

export const dynamic = 'force-dynamic';

const MAX_BYTES = 60 * 1024 * 1024;

/** The form's text fields (the file is checked separately): a sheet name and the previewed file's hash. */
const fieldsSchema = z.object({
  stap: z.enum(['controleren', 'importeren'], { error: 'Onbekende stap.' }),
  werkblad: z.string({ error: 'Ongeldige werkbladnaam.' }).max(200, 'Ongeldige werkbladnaam.').nullable().transform((v) => v || undefined),
  sha256: z.string({ error: 'Ongeldige controlesom.' }).regex(/^[0-9a-f]{64}$/, 'Ongeldige controlesom.').or(z.literal('')).nullable().transform((v) => v || undefined),
});

const jsonError = (status: number, reason: string) =>
  Response.json({ type: 'error', reason } satisfies ImportEvent, { status });

/**
 * POST ?stap=controleren  → progress lines, then the preview (nothing stored)
 * POST ?stap=importeren   → progress lines, then the import result (all or nothing)
 * The answer is NDJSON so that a large file can show progress while it is read.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const crossOrigin = crossOriginRefusal(request);
  if (crossOrigin) return jsonError(403, crossOrigin);
  const { id } = await params;
  const db = getDb();
  const study = findStudyByParam(db, id);
  const check = await checkStudyAccess(study?.id ?? -1);
  if (!check.ok) return jsonError(check.status, check.message);
  if (!study) return jsonError(404, 'Dit onderzoek bestaat niet.');
  const stepParam = new URL(request.url).searchParams.get('stap');
  if (stepParam !== 'controleren' && stepParam !== 'importeren') return jsonError(400, 'Onbekende stap.');

  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return jsonError(400, 'Het bestand is niet goed ontvangen. Probeer het opnieuw.');
  }
  const file = form.get('bestand');
  if (!(file instanceof File)) return jsonError(400, 'Kies eerst een bestand (.xlsx of .csv).');
  if (file.size > MAX_BYTES) return jsonError(413, `Het bestand is te groot (${Math.round(file.size / 1048576)} MB, maximaal 60 MB).`);
  const fields = fieldsSchema.safeParse({ stap: stepParam, werkblad: form.get('werkblad'), sha256: form.get('sha256') });
  if (!fields.success) return jsonError(400, fields.error.issues[0].message);
  const { stap: step, werkblad: sheet, sha256: expectSha256 } = fields.data;
  const data = new Uint8Array(await file.arrayBuffer());
  const actor = check.access.actor;

  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (e: ImportEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(e)}\n`));
      const onProgress = (rows: number) => send({ type: 'progress', rows });
      try {
        if (step === 'controleren') {
          const parsed = await parseFrameFile(data, file.name, { sheet, onProgress });
          send(previewPayload(parsed, frameLockReason(db, study.id)));
        } else {
          const result = await importFrameFile(db, { studyId: study.id, data, fileName: file.name, sheet, onProgress, actor, expectSha256 });
          send(result.ok
            ? { type: 'imported', imported: result.imported, warnings: result.warnings }
            : { type: 'refused', errors: result.errors, errorCount: result.errorCount });
        }
      } catch (err) {
        console.error('frame import failed', err);
        send({ type: 'error', reason: 'Er ging iets mis bij het verwerken. Er is niets opgeslagen. Probeer het opnieuw.' });
      }
      controller.close();
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' } });
}
