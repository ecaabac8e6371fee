import { getDb } from '@/db/client';
import { findStudyByParam } from '@/db/queries/studies';
import { listSessionCases } from '@/db/queries/interviews';
import { sessionPagePaths } from '@/lib/offline/scope';
import { checkStudyAccess } from '@/app/access';

export const dynamic = 'force-dynamic';

/**
 * GET → the pages of one interview session that the service worker keeps for offline use
 * (`{ pages: [path, …] }`). Same access as the session page; the answer itself is never cached.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; caseworkerId: string }> }) {
  const { id, caseworkerId } = await params;
  const db = getDb();
  const study = findStudyByParam(db, id);
  const check = await checkStudyAccess(study?.id ?? -1);
  if (!check.ok) return new Response(check.message, { status: check.status });
  const session = study && /^\d{1,9}$/.test(caseworkerId) ? listSessionCases(db, study.id, Number(caseworkerId)) : null;
  if (!study || !session) return new Response('Deze sessie bestaat niet.', { status: 404 });
  const pages = sessionPagePaths(`/onderzoeken/${study.id}/interviews/${session.caseworker.id}`, session.cases);
  return Response.json({ pages }, { headers: { 'cache-control': 'no-store' } });
}
