import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { inTransaction, type Db } from '../client';
import { caseworkers, frameCases, sampleItems, sampleReplacements, teams } from '../schema';
import { writeAudit } from './audit';
import { getCaseLock } from './case-locks';
import { getActiveDraw, SampleRefused } from './sample-draws';
import { UNUSABLE_REASONS, type UnusableReason } from '@/lib/sampling/unusable';
import { personalDataMessage } from '@/lib/privacy';

export function listDrawItems(db: Db, drawId: number) {
  return db
    .select({
      id: sampleItems.id,
      dossiernummer: frameCases.dossiernummer,
      caseworker: caseworkers.name,
      team: teams.name,
      role: sampleItems.role,
      position: sampleItems.position,
      status: sampleItems.status,
      unusableReason: sampleItems.unusableReason,
      unusableNote: sampleItems.unusableNote,
    })
    .from(sampleItems)
    .innerJoin(frameCases, eq(sampleItems.frameCaseId, frameCases.id))
    .innerJoin(caseworkers, eq(sampleItems.caseworkerId, caseworkers.id))
    .innerJoin(teams, eq(frameCases.teamId, teams.id))
    .where(eq(sampleItems.drawId, drawId))
    .orderBy(asc(caseworkers.name), asc(sampleItems.position))
    .all();
}

export type DrawItem = ReturnType<typeof listDrawItems>[number];

export function listReplacements(db: Db, drawId: number) {
  const unusable = db
    .select({ id: sampleItems.id, dossiernummer: frameCases.dossiernummer, caseworker: caseworkers.name })
    .from(sampleItems)
    .innerJoin(frameCases, eq(sampleItems.frameCaseId, frameCases.id))
    .innerJoin(caseworkers, eq(sampleItems.caseworkerId, caseworkers.id))
    .where(eq(sampleItems.drawId, drawId))
    .all();
  const byId = new Map(unusable.map((u) => [u.id, u]));
  return db
    .select()
    .from(sampleReplacements)
    .where(eq(sampleReplacements.drawId, drawId))
    .orderBy(asc(sampleReplacements.id))
    .all()
    .map((r) => ({
      ...r,
      caseworker: byId.get(r.unusableItemId)!.caseworker,
      unusable: byId.get(r.unusableItemId)!.dossiernummer,
      reserve: r.reserveItemId ? byId.get(r.reserveItemId)!.dossiernummer : null,
    }));
}

export interface ReplaceInput {
  studyId: number;
  dossiernummer: string;
  reason: UnusableReason;
  note?: string;
  actor: string;
}

/**
 * Marks a sampled case unusable and activates the caseworker's next reserve, in stored order.
 * With no reserve left the case is still recorded as unusable (it is a fact of the fieldwork),
 * and the result says so: that caseworker's n_h becomes one smaller.
 */
export function replaceCase(db: Db, input: ReplaceInput) {
  return inTransaction(db, () => {
    const draw = getActiveDraw(db, input.studyId);
    if (!draw) throw new SampleRefused('Er is nog geen steekproef getrokken.');
    const note = input.note?.trim() || null;
    if (!Object.hasOwn(UNUSABLE_REASONS, input.reason)) {
      throw new SampleRefused(`Onbekende reden. Kies uit: ${Object.keys(UNUSABLE_REASONS).join(', ')}.`);
    }
    if (input.reason === 'overig' && !note) throw new SampleRefused('Bij reden "overig" is een toelichting verplicht.');
    if (note && note.length > 300) throw new SampleRefused('De toelichting mag hoogstens 300 tekens hebben.');
    const privacy = personalDataMessage('De toelichting', note);
    if (privacy) throw new SampleRefused(privacy);
    const items = listDrawItems(db, draw.id);
    const item = items.find((i) => i.dossiernummer === input.dossiernummer);
    if (!item)
      throw new SampleRefused(`Dossier ${input.dossiernummer} zit niet in de steekproef (versie ${draw.version}).`);
    if (item.status === 'reserve')
      throw new SampleRefused(`Dossier ${input.dossiernummer} is een reserve die nog niet in gebruik is.`);
    if (item.status === 'onbruikbaar')
      throw new SampleRefused(`Dossier ${input.dossiernummer} is al als onbruikbaar gemarkeerd.`);
    if (item.status === 'besproken')
      throw new SampleRefused(`Dossier ${input.dossiernummer} is al besproken en kan niet meer vervangen worden.`);
    if (getCaseLock(db, item.id))
      throw new SampleRefused(
        `Dossier ${input.dossiernummer} is goedgekeurd en vergrendeld; het kan niet vervangen worden.`,
      );

    db.update(sampleItems)
      .set({ status: 'onbruikbaar', unusableReason: input.reason, unusableNote: note })
      .where(eq(sampleItems.id, item.id))
      .run();
    const reserve = items.find((i) => i.caseworker === item.caseworker && i.status === 'reserve') ?? null;
    if (reserve)
      db.update(sampleItems).set({ status: 'reserve_in_gebruik' }).where(eq(sampleItems.id, reserve.id)).run();
    db.insert(sampleReplacements)
      .values({
        drawId: draw.id,
        unusableItemId: item.id,
        reserveItemId: reserve?.id ?? null,
        reason: input.reason,
        note,
        replacedBy: input.actor,
      })
      .run();
    writeAudit(db, {
      actor: input.actor,
      action: 'sample.replace',
      studyId: input.studyId,
      entity: 'sample_item',
      entityId: item.id,
      oldValue: { dossiernummer: item.dossiernummer, status: item.status },
      newValue: { status: 'onbruikbaar', reason: input.reason, note, reserve: reserve?.dossiernummer ?? null },
    });
    return {
      unusable: item.dossiernummer,
      caseworker: item.caseworker,
      reserve: reserve?.dossiernummer ?? null,
      message: reserve
        ? `Dossier ${item.dossiernummer} is onbruikbaar (${UNUSABLE_REASONS[input.reason].toLowerCase()}); reserve ${reserve.dossiernummer} van ${item.caseworker} is nu in gebruik.`
        : `Dossier ${item.dossiernummer} is als onbruikbaar gemarkeerd, maar ${item.caseworker} heeft geen reserve meer. De steekproef van dit teamlid wordt daardoor één dossier kleiner; overweeg extra reserves met een nieuwe trekking vóór de interviews.`,
    };
  });
}

/** Per caseworker: counts by status, for the sample overview. */
export function summarizeItems(items: DrawItem[]) {
  const byWorker = new Map<string, { caseworker: string; team: string; items: DrawItem[] }>();
  for (const i of items) {
    const w = byWorker.get(i.caseworker) ?? { caseworker: i.caseworker, team: i.team, items: [] };
    w.items.push(i);
    byWorker.set(i.caseworker, w);
  }
  return [...byWorker.values()];
}

export { SampleRefused };
