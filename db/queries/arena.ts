import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { inTransaction, type Db } from '../client';
import { arenaCanvases } from '../schema';
import { writeAudit } from './audit';
import { getStudyCodebook } from './answers';
import { arenaDocSchema, COLUMN_LABELS, parseArenaDoc, type ArenaDoc } from '@/lib/arena/doc-schema';
import { firstPersonalDataMessage } from '@/lib/privacy';
import { effectsByLine } from '@/lib/arena/effects-by-line';
import { mergeCanvases } from '@/lib/arena/merge';
import { defaultArenaDoc } from '@/lib/arena/template';
import { codebookQuestions } from '@/lib/arena/measures';
import { arenaSheet } from '@/lib/excel/arena-sheet';
import type { TableSheet } from '@/lib/excel/sample-workbook';
import type { LineCode } from '@/lib/mkba/types';

export interface ArenaCanvas {
  id: number;
  studyId: number;
  kind: 'studie' | 'groep';
  name: string;
  doc: ArenaDoc;
  revision: number;
  mergedFrom: number[] | null;
  mergedAt: number | null;
  mergedBy: string | null;
  updatedAt: number;
  updatedBy: string;
}

export type ArenaSaveResult =
  { ok: true; canvasId: number; revision: number } | { ok: false; message: string; conflict?: boolean };

type Row = typeof arenaCanvases.$inferSelect;
const toCanvas = (r: Row): ArenaCanvas => ({ ...r, updatedAt: Number(r.updatedAt), doc: parseArenaDoc(r.doc) });
const summary = (doc: ArenaDoc) => ({ cards: doc.cards.length, arrows: doc.arrows.length });

/** The study's own canvas (kind 'studie'), or null when none was saved yet. */
export function getStudyCanvas(db: Db, studyId: number): ArenaCanvas | null {
  const row = db
    .select()
    .from(arenaCanvases)
    .where(and(eq(arenaCanvases.studyId, studyId), eq(arenaCanvases.kind, 'studie')))
    .get();
  return row ? toCanvas(row) : null;
}

/** A canvas of this study (null for another study's id: ids in URLs are not trusted). */
export function getCanvas(db: Db, studyId: number, canvasId: number): ArenaCanvas | null {
  const row = db
    .select()
    .from(arenaCanvases)
    .where(and(eq(arenaCanvases.studyId, studyId), eq(arenaCanvases.id, canvasId)))
    .get();
  return row ? toCanvas(row) : null;
}

export function listGroupCanvases(db: Db, studyId: number): ArenaCanvas[] {
  return db
    .select()
    .from(arenaCanvases)
    .where(and(eq(arenaCanvases.studyId, studyId), eq(arenaCanvases.kind, 'groep')))
    .orderBy(asc(arenaCanvases.id))
    .all()
    .map(toCanvas);
}

const conflictMessage = (c: ArenaCanvas) =>
  `Dit canvas is intussen gewijzigd door ${c.updatedBy} (versie ${c.revision}). Uw wijziging is niet opgeslagen: laad de nieuwste versie en breng haar opnieuw aan.`;

/**
 * Saves a canvas if nobody saved it since `baseRevision` (optimistic locking): a stale save is
 * refused with a Dutch message, never silently overwritten. canvasId null with revision 0 creates
 * the study canvas (the editor starts from the unsaved template).
 */
export function saveCanvas(
  db: Db,
  input: { studyId: number; canvasId: number | null; doc: unknown; baseRevision: number; actor: string },
): ArenaSaveResult {
  const parsed = arenaDocSchema.safeParse(input.doc);
  if (!parsed.success) return { ok: false, message: `Canvas niet opgeslagen: ${parsed.error.issues[0].message}.` };
  const doc = parsed.data;
  // The personal-data guard on every card, before the canvas is stored or audited.
  const privacy = firstPersonalDataMessage(
    doc.cards.flatMap((c) => [
      [`De titel van een kaart in "${COLUMN_LABELS[c.column]}"`, c.title] as const,
      [`De toelichting bij kaart "${c.title}"`, c.note] as const,
      ...c.questions.map((q) => [`Een vraagcode bij kaart "${c.title}"`, q] as const),
    ]),
  );
  if (privacy) return { ok: false, message: `Canvas niet opgeslagen: ${privacy}` };
  return inTransaction(db, () => {
    const current =
      input.canvasId == null ? getStudyCanvas(db, input.studyId) : getCanvas(db, input.studyId, input.canvasId);
    if (input.canvasId != null && !current) return { ok: false, message: 'Dit canvas bestaat niet (meer).' };
    if (!current) {
      if (input.baseRevision !== 0) return { ok: false, message: 'Dit canvas bestaat niet (meer).' };
      const row = db
        .insert(arenaCanvases)
        .values({
          studyId: input.studyId,
          kind: 'studie',
          name: 'Onderzoekscanvas',
          doc,
          revision: 1,
          updatedBy: input.actor,
        })
        .returning({ id: arenaCanvases.id })
        .get();
      writeAudit(db, {
        actor: input.actor,
        action: 'arena.save',
        studyId: input.studyId,
        entity: 'arena_canvas',
        entityId: row.id,
        newValue: { revision: 1, ...summary(doc) },
      });
      return { ok: true, canvasId: row.id, revision: 1 };
    }
    if (current.revision !== input.baseRevision)
      return { ok: false, conflict: true, message: conflictMessage(current) };
    const revision = current.revision + 1;
    db.update(arenaCanvases)
      .set({ doc, revision, updatedAt: Date.now(), updatedBy: input.actor })
      .where(and(eq(arenaCanvases.id, current.id), eq(arenaCanvases.revision, current.revision)))
      .run();
    writeAudit(db, {
      actor: input.actor,
      action: 'arena.save',
      studyId: input.studyId,
      entity: 'arena_canvas',
      entityId: current.id,
      oldValue: { revision: current.revision, ...summary(current.doc) },
      newValue: { revision, ...summary(doc) },
    });
    return { ok: true, canvasId: current.id, revision };
  });
}

/** A workshop group's own canvas, starting from the default template or empty. */
export function createGroupCanvas(db: Db, studyId: number, name: string, fromTemplate: boolean, actor: string): number {
  const doc: ArenaDoc = fromTemplate ? defaultArenaDoc() : { version: 1, cards: [], arrows: [] };
  return inTransaction(db, () => {
    const row = db
      .insert(arenaCanvases)
      .values({ studyId, kind: 'groep', name, doc, revision: 1, updatedBy: actor })
      .returning({ id: arenaCanvases.id })
      .get();
    writeAudit(db, {
      actor,
      action: 'arena.group.create',
      studyId,
      entity: 'arena_canvas',
      entityId: row.id,
      newValue: { name, fromTemplate },
    });
    return row.id;
  });
}

/**
 * Merges group canvases into the study canvas (replacing its content), recording which groups
 * it came from, when and by whom. Refused when the study canvas changed since `baseRevision`.
 */
export function mergeGroupCanvases(
  db: Db,
  studyId: number,
  groupIds: number[],
  baseRevision: number,
  actor: string,
): ArenaSaveResult {
  if (groupIds.length === 0) return { ok: false, message: 'Kies ten minste één groep om samen te voegen.' };
  return inTransaction(db, () => {
    const groups = db
      .select()
      .from(arenaCanvases)
      .where(
        and(eq(arenaCanvases.studyId, studyId), eq(arenaCanvases.kind, 'groep'), inArray(arenaCanvases.id, groupIds)),
      )
      .all()
      .map(toCanvas);
    if (groups.length !== new Set(groupIds).size)
      return { ok: false, message: 'Een gekozen groep bestaat niet (meer).' };
    const doc = mergeCanvases(groups);
    const mergedFrom = groups.map((g) => g.id);
    const now = Date.now();
    const current = getStudyCanvas(db, studyId);
    if ((current?.revision ?? 0) !== baseRevision)
      return {
        ok: false,
        conflict: true,
        message: current ? conflictMessage(current) : 'Het onderzoekscanvas is intussen verwijderd.',
      };
    const values = { doc, mergedFrom, mergedAt: now, mergedBy: actor, updatedAt: now, updatedBy: actor };
    let id: number;
    let revision = 1;
    if (current) {
      revision = current.revision + 1;
      db.update(arenaCanvases)
        .set({ ...values, revision })
        .where(eq(arenaCanvases.id, current.id))
        .run();
      id = current.id;
    } else {
      id = db
        .insert(arenaCanvases)
        .values({ ...values, studyId, kind: 'studie', name: 'Onderzoekscanvas', revision })
        .returning({ id: arenaCanvases.id })
        .get().id;
    }
    writeAudit(db, {
      actor,
      action: 'arena.merge',
      studyId,
      entity: 'arena_canvas',
      entityId: id,
      oldValue: current ? { revision: current.revision, ...summary(current.doc) } : null,
      newValue: { revision, mergedFrom, groups: groups.map((g) => g.name), ...summary(doc) },
    });
    return { ok: true, canvasId: id, revision };
  });
}

/** The study canvas as the arena page shows it: the saved one, else the report's template. */
function shownStudyDoc(db: Db, studyId: number): ArenaDoc {
  return getStudyCanvas(db, studyId)?.doc ?? defaultArenaDoc();
}

/** Per MKBA line, the effect cards of the study canvas (or the template) that lead to it, for the uitvoerscherm. */
export function listEffectsByLine(
  db: Db,
  studyId: number,
): Partial<Record<LineCode, { cardId: string; title: string }[]>> {
  return effectsByLine(shownStudyDoc(db, studyId));
}

/** The EffectenArena sheet of the export: the study canvas, or the template while none is saved. */
export function arenaExportSheets(db: Db, studyId: number): TableSheet[] {
  const labels = Object.fromEntries(
    codebookQuestions(getStudyCodebook(db, studyId).codebook).map((q) => [q.code, q.label]),
  );
  return [arenaSheet(shownStudyDoc(db, studyId), labels)];
}
