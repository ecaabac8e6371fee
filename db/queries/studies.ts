import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import { inTransaction, type Db } from '../client';
import { frameCases, sampleDraws, sampleItems, studies, type NewStudy } from '../schema';
import { writeAudit } from './audit';

export type StudyInput = Pick<NewStudy, 'name' | 'municipality' | 'year' | 'households' | 'clients'> & {
  isDemo?: boolean;
};

export function insertStudy(db: Db, input: StudyInput, actor: string): number {
  return inTransaction(db, () => {
    const row = db
      .insert(studies)
      .values({ ...input, createdBy: actor })
      .returning({ id: studies.id })
      .get();
    writeAudit(db, {
      actor,
      action: 'study.create',
      studyId: row.id,
      entity: 'study',
      entityId: row.id,
      newValue: input,
    });
    return row.id;
  });
}

export function getStudy(db: Db, id: number) {
  return db.select().from(studies).where(eq(studies.id, id)).get() ?? null;
}

/** The study a URL segment names, or null for a malformed or unknown id. */
export function findStudyByParam(db: Db, id: string) {
  return /^\d{1,9}$/.test(id) ? getStudy(db, Number(id)) : null;
}

export function listStudies(db: Db) {
  return db
    .select({
      id: studies.id,
      name: studies.name,
      municipality: studies.municipality,
      year: studies.year,
      households: studies.households,
      isDemo: studies.isDemo,
      createdAt: studies.createdAt,
      frameCases: sql<number>`(select count(*) from frame_cases fc where fc.study_id = "studies"."id")`,
    })
    .from(studies)
    .orderBy(desc(studies.id))
    .all();
}

export function countStudies(db: Db): number {
  return db
    .select({ n: sql<number>`count(*)` })
    .from(studies)
    .get()!.n;
}

/** Facts the study overview needs to show each workflow step's status. */
export function getStudyProgress(db: Db, id: number) {
  const frame = db
    .select({ n: sql<number>`count(*)` })
    .from(frameCases)
    .where(eq(frameCases.studyId, id))
    .get()!.n;
  const draw = db
    .select()
    .from(sampleDraws)
    .where(sql`${sampleDraws.studyId} = ${id} and ${sampleDraws.status} = 'actief'`)
    .orderBy(desc(sampleDraws.version))
    .get();
  const items = draw
    ? db
        .select({ status: sampleItems.status, n: sql<number>`count(*)` })
        .from(sampleItems)
        .where(eq(sampleItems.drawId, draw.id))
        .groupBy(sampleItems.status)
        .all()
    : [];
  const byStatus = Object.fromEntries(items.map((i) => [i.status, i.n])) as Record<string, number>;
  return { frameCases: frame, draw: draw ?? null, itemsByStatus: byStatus };
}
