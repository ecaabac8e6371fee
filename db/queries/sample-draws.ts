import 'server-only';
import { Refusal } from '@/lib/refusal';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { inTransaction, type Db } from '../client';
import { caseAnswers, caseworkers, frameCases, sampleDraws, sampleItems, studies, teams } from '../schema';
import { writeAudit } from './audit';
import { drawSample, verifyDraw, type FrameCase, type SampleDraw } from '@/lib/sampling';
import { personalDataMessage } from '@/lib/privacy';

/** The personal-data guard on a draw's or archive's reason, before it is stored or audited. */
function guardReason(reason: string | null) {
  const refusal = personalDataMessage('De reden', reason);
  if (refusal) throw new SampleRefused(refusal);
}

/** A refusal the user can act on; its message is Dutch and safe to show. */
export class SampleRefused extends Refusal {}

/** What is stored and shown as the certificate, besides the replacements (kept in their own table). */
export interface Certificate extends SampleDraw {
  study: { id: number; name: string; municipality: string; year: number };
  version: number;
  drawnBy: string;
  drawnAt: string;
  reason: string | null;
}

export type DrawRow = typeof sampleDraws.$inferSelect & { certificate: Certificate };

function loadFrame(db: Db, studyId: number): (FrameCase & { id: number })[] {
  return db
    .select({
      id: frameCases.id,
      dossiernummer: frameCases.dossiernummer,
      caseworker: caseworkers.name,
      team: teams.name,
    })
    .from(frameCases)
    .innerJoin(caseworkers, eq(frameCases.caseworkerId, caseworkers.id))
    .innerJoin(teams, eq(frameCases.teamId, teams.id))
    .where(eq(frameCases.studyId, studyId))
    .all();
}

export function getActiveDraw(db: Db, studyId: number): DrawRow | null {
  return (
    (db
      .select()
      .from(sampleDraws)
      .where(and(eq(sampleDraws.studyId, studyId), eq(sampleDraws.status, 'actief')))
      .orderBy(desc(sampleDraws.version))
      .get() as DrawRow | undefined) ?? null
  );
}

export function listDraws(db: Db, studyId: number): DrawRow[] {
  return db
    .select()
    .from(sampleDraws)
    .where(eq(sampleDraws.studyId, studyId))
    .orderBy(desc(sampleDraws.version))
    .all() as DrawRow[];
}

export function getDraw(db: Db, studyId: number, version: number): DrawRow | null {
  return (
    (db
      .select()
      .from(sampleDraws)
      .where(and(eq(sampleDraws.studyId, studyId), eq(sampleDraws.version, version)))
      .get() as DrawRow | undefined) ?? null
  );
}

/** Interviews have started once any case of the draw is discussed or has an answer. */
export function interviewsStarted(db: Db, drawId: number): boolean {
  const items = db.select({ id: sampleItems.id }).from(sampleItems).where(eq(sampleItems.drawId, drawId));
  const discussed = db
    .select({ n: sql<number>`count(*)` })
    .from(sampleItems)
    .where(and(eq(sampleItems.drawId, drawId), eq(sampleItems.status, 'besproken')))
    .get()!.n;
  const answered = db
    .select({ n: sql<number>`count(*)` })
    .from(caseAnswers)
    .where(inArray(caseAnswers.sampleItemId, items))
    .get()!.n;
  return discussed + answered > 0;
}

export interface DrawInput {
  studyId: number;
  seed: number;
  perCaseworker: number;
  reserves: number;
  caseworkers?: string[];
  reason?: string;
  actor: string;
}

/**
 * Draws and stores a new sample version in one transaction. A second draw needs a reason and
 * supersedes the active one; once interviews have started the old draw must be archived first.
 */
export function storeNewDraw(db: Db, input: DrawInput): DrawRow {
  return inTransaction(db, () => {
    const study = db.select().from(studies).where(eq(studies.id, input.studyId)).get();
    if (!study) throw new SampleRefused(`Onderzoek ${input.studyId} bestaat niet.`);
    const frame = loadFrame(db, input.studyId);
    if (frame.length === 0) throw new SampleRefused('Er is nog geen kader geïmporteerd. Importeer eerst de caseload.');
    const active = getActiveDraw(db, input.studyId);
    const reason = input.reason?.trim() || null;
    guardReason(reason);
    if (active) {
      if (!reason)
        throw new SampleRefused(
          `Er is al een steekproef (versie ${active.version}). Een nieuwe trekking vraagt om een reden.`,
        );
      if (interviewsStarted(db, active.id)) {
        throw new SampleRefused(
          `De interviews van versie ${active.version} zijn al begonnen. Archiveer die trekking eerst uitdrukkelijk (met een reden) voordat je opnieuw trekt.`,
        );
      }
    }
    let draw: SampleDraw;
    try {
      draw = drawSample({
        cases: frame,
        seed: input.seed,
        perCaseworker: input.perCaseworker,
        reserves: input.reserves,
        caseworkers: input.caseworkers,
      });
    } catch (err) {
      throw new SampleRefused((err as Error).message);
    }
    const version =
      db
        .select({ v: sql<number>`coalesce(max(${sampleDraws.version}), 0)` })
        .from(sampleDraws)
        .where(eq(sampleDraws.studyId, input.studyId))
        .get()!.v + 1;
    const now = Date.now();
    if (active) {
      db.update(sampleDraws)
        .set({
          status: 'gearchiveerd',
          archivedAt: now,
          archivedBy: input.actor,
          archiveReason: `Vervangen door versie ${version}: ${reason}`,
        })
        .where(eq(sampleDraws.id, active.id))
        .run();
    }
    const certificate: Certificate = {
      ...draw,
      study: { id: study.id, name: study.name, municipality: study.municipality, year: study.year },
      version,
      drawnBy: input.actor,
      drawnAt: new Date(now).toISOString(),
      reason,
    };
    const row = db
      .insert(sampleDraws)
      .values({
        studyId: input.studyId,
        version,
        algorithm: draw.algorithm,
        seed: String(draw.seed),
        frameSha256: draw.frameSha256,
        perCaseworker: draw.perCaseworker,
        reserves: draw.reserves,
        certificate,
        reason,
        drawnAt: now,
        drawnBy: input.actor,
      })
      .returning()
      .get() as DrawRow;

    const caseId = new Map(frame.map((c) => [c.dossiernummer, c.id]));
    const workerId = new Map(
      db
        .select({ id: caseworkers.id, name: caseworkers.name })
        .from(caseworkers)
        .where(eq(caseworkers.studyId, input.studyId))
        .all()
        .map((w) => [w.name, w.id]),
    );
    const insert = db.$client.prepare(
      'insert into sample_items (draw_id, frame_case_id, caseworker_id, role, position, status) values (?, ?, ?, ?, ?, ?)',
    );
    for (const s of draw.strata) {
      const w = workerId.get(s.caseworker)!;
      s.sample.forEach((d, i) => insert.run(row.id, caseId.get(d)!, w, 'sample', i + 1, 'te_bespreken'));
      s.reserves.forEach((d, i) => insert.run(row.id, caseId.get(d)!, w, 'reserve', s.n + i + 1, 'reserve'));
    }
    writeAudit(db, {
      actor: input.actor,
      action: 'sample.draw',
      studyId: input.studyId,
      entity: 'sample_draw',
      entityId: row.id,
      oldValue: active ? { version: active.version, status: 'actief' } : null,
      newValue: {
        version,
        seed: draw.seed,
        algorithm: draw.algorithm,
        frameSha256: draw.frameSha256,
        strata: draw.strata.length,
        reason,
      },
    });
    return row;
  });
}

/** Archives the active draw on purpose (with a reason), e.g. to allow a new draw after interviews began. */
export function archiveActiveDraw(db: Db, studyId: number, reason: string, actor: string): DrawRow {
  return inTransaction(db, () => {
    const active = getActiveDraw(db, studyId);
    if (!active) throw new SampleRefused('Er is geen actieve steekproef om te archiveren.');
    if (!reason.trim()) throw new SampleRefused('Geef een reden om de steekproef te archiveren.');
    guardReason(reason);
    db.update(sampleDraws)
      .set({ status: 'gearchiveerd', archivedAt: Date.now(), archivedBy: actor, archiveReason: reason.trim() })
      .where(eq(sampleDraws.id, active.id))
      .run();
    writeAudit(db, {
      actor,
      action: 'sample.archive',
      studyId,
      entity: 'sample_draw',
      entityId: active.id,
      oldValue: { status: 'actief' },
      newValue: { status: 'gearchiveerd', reason: reason.trim() },
    });
    return { ...active, status: 'gearchiveerd' };
  });
}

/** Recomputes a stored draw from the stored frame and seed; ok only when everything is identical. */
export function verifyStoredDraw(db: Db, studyId: number, version?: number) {
  const draw = version ? getDraw(db, studyId, version) : getActiveDraw(db, studyId);
  if (!draw) return { draw: null, ok: false, problems: ['Er is (nog) geen steekproef om te controleren.'] };
  return { draw, ...verifyDraw(loadFrame(db, studyId), draw.certificate) };
}
