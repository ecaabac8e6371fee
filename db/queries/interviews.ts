import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { caseworkers, frameCases, sampleItems } from '../schema';
import { getActiveDraw } from './sample-draws';

/** The statuses of cases that are (or were) to be discussed: not the unused reserves. */
export const INTERVIEW_STATUSES = ['te_bespreken', 'reserve_in_gebruik', 'besproken', 'onbruikbaar'] as const;

/** Per caseworker of the active draw: cases to discuss and how many are done. */
export function listInterviewProgress(db: Db, studyId: number) {
  const draw = getActiveDraw(db, studyId);
  if (!draw) return null;
  const rows = db
    .select({ caseworkerId: sampleItems.caseworkerId, caseworker: caseworkers.name, status: sampleItems.status })
    .from(sampleItems)
    .innerJoin(caseworkers, eq(sampleItems.caseworkerId, caseworkers.id))
    .where(eq(sampleItems.drawId, draw.id))
    .orderBy(asc(caseworkers.name))
    .all();
  const team = new Map(draw.certificate.strata.map((s) => [s.caseworker, s.team]));
  const by = new Map<
    number,
    { caseworkerId: number; caseworker: string; team: string; toDiscuss: number; done: number; unusable: number }
  >();
  for (const r of rows) {
    const p = by.get(r.caseworkerId) ?? {
      caseworkerId: r.caseworkerId,
      caseworker: r.caseworker,
      team: team.get(r.caseworker) ?? '',
      toDiscuss: 0,
      done: 0,
      unusable: 0,
    };
    if (r.status === 'te_bespreken' || r.status === 'reserve_in_gebruik' || r.status === 'besproken') p.toDiscuss++;
    if (r.status === 'besproken') p.done++;
    if (r.status === 'onbruikbaar') p.unusable++;
    by.set(r.caseworkerId, p);
  }
  return { draw, caseworkers: [...by.values()] };
}

/** One caseworker's cases in interview order (sample first, used reserves after), with their status. */
export function listSessionCases(db: Db, studyId: number, caseworkerId: number) {
  const draw = getActiveDraw(db, studyId);
  if (!draw) return null;
  const cw = db
    .select()
    .from(caseworkers)
    .where(and(eq(caseworkers.id, caseworkerId), eq(caseworkers.studyId, studyId)))
    .get();
  if (!cw) return null;
  const cases = db
    .select({
      id: sampleItems.id,
      dossiernummer: frameCases.dossiernummer,
      status: sampleItems.status,
      position: sampleItems.position,
      role: sampleItems.role,
    })
    .from(sampleItems)
    .innerJoin(frameCases, eq(sampleItems.frameCaseId, frameCases.id))
    .where(
      and(
        eq(sampleItems.drawId, draw.id),
        eq(sampleItems.caseworkerId, caseworkerId),
        inArray(sampleItems.status, [...INTERVIEW_STATUSES]),
      ),
    )
    .orderBy(asc(sampleItems.position))
    .all();
  return { draw, caseworker: cw, cases };
}

/** The case to open after this one: the next not-yet-discussed case of the same caseworker. */
export function nextCaseId(cases: { id: number; status: string }[], currentId: number): number | null {
  const open = (c: { status: string }) => c.status === 'te_bespreken' || c.status === 'reserve_in_gebruik';
  const i = cases.findIndex((c) => c.id === currentId);
  return (
    [...cases.slice(i + 1), ...cases.slice(0, Math.max(i, 0))].find((c) => c.id !== currentId && open(c))?.id ?? null
  );
}
