import { z } from 'zod';
import { getDb } from '@/db/client';
import { findStudyByParam } from '@/db/queries/studies';
import { runJob, isJobStopped } from '@/db/jobs/run';
import { checkStudyAccess } from '@/app/access';
import { readUpload } from '@/app/api/upload';
import { crossOriginRefusal } from '@/app/origin-check';
import type { ImportEvent } from '@/lib/import/events';

export const dynamic = 'force-dynamic';

/** The form's text fields (the file is checked separately): a sheet name and the previewed file's hash. */
const fieldsSchema = z.object({
  stap: z.enum(['controleren', 'importeren'], { error: 'Onbekende stap.' }),
  werkblad: z
    .string({ error: 'Ongeldige werkbladnaam.' })
    .max(200, 'Ongeldige werkbladnaam.')
    .nullable()
    .transform((v) => v || undefined),
  sha256: z
    .string({ error: 'Ongeldige controlesom.' })
    .regex(/^[0-9a-f]{64}$/, 'Ongeldige controlesom.')
    .or(z.literal(''))
    .nullable()
    .transform((v) => v || undefined),
});

const jsonError = (status: number, reason: string) =>
  Response.json({ type: 'error', reason } satisfies ImportEvent, { status });

/**
 * POST ?stap=controleren  → progress lines, then the preview (nothing stored)
 * POST ?stap=importeren   → progress lines, then the import result (all or nothing)
 * The answer is NDJSON so that a large file can show progress while it is read. Parsing,
 * validating and storing run in a worker thread (db/jobs); a client that goes away stops its job.
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

  const upload = await readUpload(request, 'Kies eerst een bestand (.xlsx of .csv).');
  if (!upload.ok) return jsonError(upload.status, upload.reason);
  const { fileName, data } = upload;
  const fields = fieldsSchema.safeParse({
    stap: stepParam,
    werkblad: upload.field('werkblad') ?? null,
    sha256: upload.field('sha256') ?? null,
  });
  if (!fields.success) return jsonError(400, fields.error.issues[0].message);
  const { stap: step, werkblad: sheet, sha256: expectSha256 } = fields.data;
  const actor = check.access.actor;

  const stop = new AbortController();
  request.signal?.addEventListener('abort', () => stop.abort(), { once: true });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (e: ImportEvent) => {
        if (!stop.signal.aborted) controller.enqueue(encoder.encode(`${JSON.stringify(e)}\n`));
      };
      const opts = {
        signal: stop.signal,
        transfer: [data.buffer as ArrayBuffer],
        onProgress: (rows: unknown) => send({ type: 'progress', rows: Number(rows) }),
      };
      try {
        send(
          step === 'controleren'
            ? await runJob('frame.preview', { studyId: study.id, data, fileName, sheet }, opts)
            : await runJob('frame.import', { studyId: study.id, data, fileName, sheet, actor, expectSha256 }, opts),
        );
      } catch (err) {
        if (!isJobStopped(err, 'cancelled')) {
          console.error('frame import failed', err);
          send({
            type: 'error',
            reason: isJobStopped(err, 'timeout')
              ? 'Het verwerken duurde te lang en is gestopt. Er is niets opgeslagen. Splits het bestand of exporteer als .csv.'
              : 'Er ging iets mis bij het verwerken. Er is niets opgeslagen. Probeer het opnieuw.',
          });
        }
      }
      if (!stop.signal.aborted) controller.close();
    },
    cancel() {
      stop.abort(); // the browser went away: stop the worker
    },
  });
  return new Response(body, {
    headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' },
  });
}
