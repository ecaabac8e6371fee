import { z } from 'zod';
import { getDb } from '@/db/client';
import { runJob } from '@/db/jobs/run';
import { findStudyByParam } from '@/db/queries/studies';
import { checkStudyAccess } from '@/app/access';
import { jobFailedResponse } from '@/app/api/job-failed';

export const dynamic = 'force-dynamic';

/** ?formaat=csv|xlsx (default xlsx), ?sjabloon=<teamlid>: parsed at the boundary, bounded. */
const querySchema = z.object({
  formaat: z
    .enum(['xlsx', 'csv'], { error: 'Onbekend formaat: kies xlsx of csv.' })
    .nullable()
    .transform((f) => f ?? 'xlsx'),
  sjabloon: z.string().max(200, 'De naam van het teamlid is te lang.').nullable(),
});

/**
 * GET → steekproefbestand.xlsx; ?formaat=csv → the Steekproef sheet as Dutch csv; ?sjabloon=<teamlid> → offline template.
 * Built in a worker thread (db/jobs); a client that goes away stops it.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const db = getDb();
  const study = findStudyByParam(db, id);
  const check = await checkStudyAccess(study?.id ?? -1);
  if (!check.ok) return new Response(check.message, { status: check.status });
  if (!study) return new Response('Dit onderzoek bestaat niet.', { status: 404 });
  const actor = check.access.actor;
  const search = new URL(request.url).searchParams;
  const query = querySchema.safeParse({ formaat: search.get('formaat'), sjabloon: search.get('sjabloon') });
  if (!query.success) return new Response(query.error.issues[0].message, { status: 400 });
  const caseworker = query.data.sjabloon;
  if (caseworker) {
    const data = await runJob(
      'export.template',
      { studyId: study.id, caseworker, actor },
      { signal: request.signal },
    ).catch((err: unknown) => jobFailedResponse(err, 'het sjabloon'));
    if (data instanceof Response) return data;
    if (!data) return new Response('Geen dossiers voor dit teamlid in de actieve steekproef.', { status: 404 });
    return new Response(data as Uint8Array<ArrayBuffer>, {
      headers: {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="sjabloon-${study.id}-${encodeURIComponent(caseworker).replace(/%/g, '')}.xlsx"`,
        'cache-control': 'no-store',
      },
    });
  }
  const format = query.data.formaat;
  const data = await runJob('export.sample', { studyId: study.id, format, actor }, { signal: request.signal }).catch(
    (err: unknown) => jobFailedResponse(err, 'het steekproefbestand'),
  );
  if (data instanceof Response) return data;
  if (!data) return new Response('Er is nog geen steekproef getrokken; er is niets te exporteren.', { status: 409 });
  const name = `steekproefbestand-${study.id}-${new Date().toISOString().slice(0, 10)}.${format}`;
  return new Response(data as Uint8Array<ArrayBuffer>, {
    headers: {
      'content-type':
        format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
    },
  });
}
