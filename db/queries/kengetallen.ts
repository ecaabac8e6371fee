import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { inTransaction, type Db } from '../client';
import { kengetallen, kengetalRanges, studies } from '../schema';
import { writeAudit } from './audit';
import { getStudyLists } from './study-lists';
import { kengetalChangesSchema, parseKengetal } from '@/lib/mkba/kengetal-schema';
import { kengetalLabel } from '@/lib/mkba/kengetallen';
import { resolveKengetallen, type StoredKengetal } from '@/lib/mkba/assemble';
import { personalDataMessage } from '@/lib/privacy';
import { parseKengetalRange, type KengetalRange } from '@/lib/mkba/kengetal-range';

export function listStoredKengetallen(db: Db, studyId: number): Map<string, StoredKengetal> {
  const rows = db.select().from(kengetallen).where(eq(kengetallen.studyId, studyId)).all();
  return new Map(
    rows.map((r) => [
      r.key,
      { value: r.value, updatedBy: r.updatedBy, updatedAt: r.updatedAt, revision: r.revision, note: r.note },
    ]),
  );
}

/** Every kengetal of a study with its value and source (entered, default or missing). */
export function getKengetallen(db: Db, studyId: number) {
  const lists = getStudyLists(db, studyId);
  const study = db.select({ households: studies.households }).from(studies).where(eq(studies.id, studyId)).get();
  return {
    lists,
    resolved: resolveKengetallen(listStoredKengetallen(db, studyId), lists, { households: study?.households ?? null }),
  };
}

/** One change from the form: a new value, or null to go back to the default. `revision` is what the form loaded. */
export interface KengetalChange {
  key: string;
  value: unknown;
  revision: number;
  note?: string;
}

export type SaveKengetallenResult =
  { ok: true; data: { saved: number } } | { ok: false; formError: string; fieldErrors: Record<string, string[]> };

/**
 * Saves a set of changes all or nothing. A value changed by someone else since the form loaded
 * (its revision moved on) is refused with who changed it, never silently overwritten.
 */
export function saveKengetallen(
  db: Db,
  studyId: number,
  input: readonly KengetalChange[],
  actor: string,
): SaveKengetallenResult {
  // Shapes first (a note sent as an object, a fractional revision): a message, never a SQLite error.
  const shape = kengetalChangesSchema.safeParse(input);
  if (!shape.success) return { ok: false, formError: shape.error.issues[0].message, fieldErrors: {} };
  const changes = shape.data as KengetalChange[];
  const lists = getStudyLists(db, studyId);
  const fieldErrors: Record<string, string[]> = {};
  const parsed = changes.map((c) => {
    if (c.value === null) return { ...c, value: null };
    const p = parseKengetal(c.key, c.value, lists);
    if (!p.ok) fieldErrors[c.key] = [p.message];
    const privacy = personalDataMessage('De toelichting', c.note);
    if (privacy) (fieldErrors[c.key] ??= []).push(privacy);
    return { ...c, value: p.ok ? p.value : undefined };
  });
  if (Object.keys(fieldErrors).length > 0) {
    return { ok: false, formError: 'Niets opgeslagen: verbeter de gemarkeerde velden.', fieldErrors };
  }
  return inTransaction(db, () => {
    const stored = listStoredKengetallen(db, studyId);
    for (const c of parsed) {
      const current = stored.get(c.key);
      if ((current?.revision ?? 0) !== c.revision) {
        fieldErrors[c.key] = [
          `${kengetalLabel(c.key, lists)} is intussen gewijzigd door ${current?.updatedBy ?? 'iemand anders (teruggezet naar standaard)'}. Herlaad de pagina en voer uw wijziging opnieuw in.`,
        ];
      }
    }
    if (Object.keys(fieldErrors).length > 0) {
      return {
        ok: false,
        formError: 'Niets opgeslagen: een ander heeft intussen kengetallen gewijzigd.',
        fieldErrors,
      } as const;
    }
    const now = Date.now();
    for (const c of parsed) {
      const where = and(eq(kengetallen.studyId, studyId), eq(kengetallen.key, c.key));
      const old = stored.get(c.key)?.value ?? null;
      if (c.value === null) {
        db.delete(kengetallen).where(where).run();
      } else {
        db.insert(kengetallen)
          .values({
            studyId,
            key: c.key,
            value: c.value,
            source: 'invoer',
            note: c.note ?? null,
            revision: (c.revision ?? 0) + 1,
            updatedAt: now,
            updatedBy: actor,
          })
          .onConflictDoUpdate({
            target: [kengetallen.studyId, kengetallen.key],
            set: { value: c.value, note: c.note ?? null, revision: c.revision + 1, updatedAt: now, updatedBy: actor },
          })
          .run();
      }
      writeAudit(db, {
        actor,
        action: c.value === null ? 'kengetal.reset' : 'kengetal.set',
        studyId,
        entity: 'kengetal',
        entityId: c.key,
        oldValue: old,
        newValue: c.value,
      });
    }
    return { ok: true, data: { saved: parsed.length } } as const;
  });
}

/** The kengetal ranges of a study (PSA), with their Dutch labels. */
export function listKengetalRanges(
  db: Db,
  studyId: number,
  lists = getStudyLists(db, studyId),
): (KengetalRange & { updatedBy: string; updatedAt: number })[] {
  return db
    .select()
    .from(kengetalRanges)
    .where(eq(kengetalRanges.studyId, studyId))
    .orderBy(asc(kengetalRanges.key))
    .all()
    .map((r) => ({
      key: r.key,
      low: r.low,
      high: r.high,
      source: r.source,
      label: kengetalLabel(r.key, lists),
      updatedBy: r.updatedBy,
      updatedAt: r.updatedAt,
    }));
}

export type RangeResult =
  { ok: true; data: null } | { ok: false; formError: string; fieldErrors: Record<string, string[]> };

/** Sets a kengetal range from the form's text; invalid input changes nothing. Audited. */
export function setKengetalRange(db: Db, studyId: number, input: unknown, actor: string): RangeResult {
  const lists = getStudyLists(db, studyId);
  const parsed = parseKengetalRange(input, lists);
  if (!parsed.ok)
    return {
      ok: false,
      formError: 'Niets opgeslagen: verbeter de gemarkeerde velden.',
      fieldErrors: parsed.fieldErrors,
    };
  const { key, low, high, source } = parsed.value;
  return inTransaction(db, () => {
    const where = and(eq(kengetalRanges.studyId, studyId), eq(kengetalRanges.key, key));
    const old = db.select().from(kengetalRanges).where(where).get() ?? null;
    const now = Date.now();
    db.insert(kengetalRanges)
      .values({ studyId, key, low, high, source, updatedAt: now, updatedBy: actor })
      .onConflictDoUpdate({
        target: [kengetalRanges.studyId, kengetalRanges.key],
        set: { low, high, source, updatedAt: now, updatedBy: actor },
      })
      .run();
    writeAudit(db, {
      actor,
      action: 'kengetal.range.set',
      studyId,
      entity: 'kengetal_range',
      entityId: key,
      oldValue: old && { low: old.low, high: old.high, source: old.source },
      newValue: { low, high, source },
    });
    return { ok: true as const, data: null };
  });
}

/** Removes a kengetal range. Audited. */
export function removeKengetalRange(db: Db, studyId: number, key: string, actor: string): RangeResult {
  return inTransaction(db, () => {
    const where = and(eq(kengetalRanges.studyId, studyId), eq(kengetalRanges.key, key));
    const old = db.select().from(kengetalRanges).where(where).get();
    if (!old) return { ok: false as const, formError: 'Deze bandbreedte bestaat niet meer.', fieldErrors: {} };
    db.delete(kengetalRanges).where(where).run();
    writeAudit(db, {
      actor,
      action: 'kengetal.range.remove',
      studyId,
      entity: 'kengetal_range',
      entityId: key,
      oldValue: { low: old.low, high: old.high, source: old.source },
    });
    return { ok: true as const, data: null };
  });
}
