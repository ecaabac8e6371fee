import { getDb } from '@/db/client';
import { runJob } from '@/db/jobs/run';
import { findStudyByParam } from '@/db/queries/studies';
import { parseAuditQuery } from '@/lib/audit/filter';
import { checkStudyAccess } from '@/app/access';
import { jobFailedResponse } from '@/app/api/job-failed';

export const dynamic = 'force-dynamic';

/** GET → the audit trail under the page's filters as xlsx (a team lead: one case of their team), built in a worker thread. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const db = getDb();
  const study = findStudyByParam(db, id);
  const check = await checkStudyAccess(study?.id ?? -1, ['onderzoeker', 'teamleider']);
  if (!check.ok) return new Response(check.message, { status: check.status });
  if (!study) return new Response('Dit onderzoek bestaat niet.', { status: 404 });
  const search = new URL(request.url).searchParams;
  const result = await runJob(
    'export.audit',
    {
      studyId: study.id,
      query: parseAuditQuery((n) => search.get(n)),
      teamIds: check.access.teamIds,
      actor: check.access.actor,
    },
    { signal: request.signal },
  ).catch((err: unknown) => jobFailedResponse(err, 'de audittrail-export'));
  if (result instanceof Response) return result;
  if (!result.ok) return new Response(result.message, { status: 404 });
  return new Response(result.data as Uint8Array<ArrayBuffer>, {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="audittrail-${study.id}-${new Date().toISOString().slice(0, 10)}.xlsx"`,
      'cache-control': 'no-store',
    },
  });
}
