import { beforeEach, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@/db/client';
import { insertStudy } from '@/db/queries/studies';
import { listAudit } from '@/db/queries/audit';
import {
  arenaExportSheets,
  createGroupCanvas,
  getCanvas,
  getStudyCanvas,
  listEffectsByLine,
  listGroupCanvases,
  mergeGroupCanvases,
  saveCanvas,
} from '@/db/queries/arena';
import { addCard, defaultArenaDoc, updateCard } from '@/lib/arena';

let db: Db;
let studyId: number;

beforeEach(() => {
  db = createDb(':memory:');
  studyId = insertStudy(db, { name: 'T', municipality: 'G', year: 2018, households: null, clients: null }, 't');
});

describe('arena canvases', () => {
  it('creates the study canvas on first save and lists its effects per MKBA line', () => {
    expect(getStudyCanvas(db, studyId)).toBeNull();
    // Before the first save the uitvoerscherm shows the template's effects, as the arena page does.
    expect(listEffectsByLine(db, studyId).B3?.map((e) => e.cardId)).toEqual(['effect-b', 'effect-e']);
    const r = saveCanvas(db, { studyId, canvasId: null, doc: defaultArenaDoc(), baseRevision: 0, actor: 'anna' });
    expect(r).toMatchObject({ ok: true, revision: 1 });
    const c = getStudyCanvas(db, studyId)!;
    expect(c).toMatchObject({ kind: 'studie', revision: 1, updatedBy: 'anna', mergedFrom: null });
    expect(listEffectsByLine(db, studyId).B3).toEqual([
      { cardId: 'effect-b', title: 'B Meer en eerder bereik' },
      { cardId: 'effect-e', title: 'E Voorkomen terugval' },
    ]);
    expect(listAudit(db, studyId, 'arena.save')[0]).toMatchObject({ actor: 'anna', entity: 'arena_canvas' });
  });

  it('refuses a stale save with a Dutch message and keeps the newer version', () => {
    const first = saveCanvas(db, { studyId, canvasId: null, doc: defaultArenaDoc(), baseRevision: 0, actor: 'anna' });
    if (!first.ok) throw new Error(first.message);
    const bert = updateCard(defaultArenaDoc(), 'effect-a', { title: 'A door Bert' });
    expect(
      saveCanvas(db, { studyId, canvasId: first.canvasId, doc: bert, baseRevision: 1, actor: 'bert' }),
    ).toMatchObject({ ok: true, revision: 2 });
    const anna = updateCard(defaultArenaDoc(), 'effect-a', { title: 'A door Anna' });
    const stale = saveCanvas(db, { studyId, canvasId: first.canvasId, doc: anna, baseRevision: 1, actor: 'anna' });
    expect(stale).toMatchObject({
      ok: false,
      conflict: true,
      message: expect.stringMatching(/intussen gewijzigd door bert \(versie 2\).*niet opgeslagen/),
    });
    expect(getStudyCanvas(db, studyId)!.doc.cards.find((c) => c.id === 'effect-a')!.title).toBe('A door Bert');
    // A second "first save" of the study canvas is stale too.
    expect(saveCanvas(db, { studyId, canvasId: null, doc: anna, baseRevision: 0, actor: 'anna' })).toMatchObject({
      ok: false,
      conflict: true,
    });
  });

  it('refuses an invalid document and a canvas of another study', () => {
    const bad = saveCanvas(db, {
      studyId,
      canvasId: null,
      doc: { version: 1, cards: [{ id: 'k1', column: 'effecten', title: '' }], arrows: [] },
      baseRevision: 0,
      actor: 'a',
    });
    expect(bad).toMatchObject({ ok: false, message: 'Canvas niet opgeslagen: Geef de kaart een titel.' });
    const other = insertStudy(db, { name: 'U', municipality: 'G', year: 2018, households: null, clients: null }, 't');
    const g = createGroupCanvas(db, other, 'Groep 1', true, 'a');
    expect(getCanvas(db, studyId, g)).toBeNull();
    expect(saveCanvas(db, { studyId, canvasId: g, doc: defaultArenaDoc(), baseRevision: 1, actor: 'a' })).toMatchObject(
      { ok: false },
    );
  });

  it('merges group canvases into the study canvas and records the merge', () => {
    const g1 = createGroupCanvas(db, studyId, 'Groep 1', true, 'lead');
    const g2 = createGroupCanvas(db, studyId, 'Groep 2', false, 'lead');
    const doc2 = updateCard(
      addCard({ version: 1, cards: [], arrows: [] }, 'effecten', 'Minder schooluitval').doc,
      'k1',
      { lines: ['B4a'] },
    );
    expect(saveCanvas(db, { studyId, canvasId: g2, doc: doc2, baseRevision: 1, actor: 'groep2' })).toMatchObject({
      ok: true,
    });
    expect(listGroupCanvases(db, studyId).map((g) => g.name)).toEqual(['Groep 1', 'Groep 2']);

    expect(mergeGroupCanvases(db, studyId, [g1, g2], 5, 'lead')).toMatchObject({ ok: false, conflict: true });
    const r = mergeGroupCanvases(db, studyId, [g1, g2], 0, 'lead');
    expect(r).toMatchObject({ ok: true, revision: 1 });
    const c = getStudyCanvas(db, studyId)!;
    expect(c).toMatchObject({ mergedFrom: [g1, g2], mergedBy: 'lead' });
    expect(c.mergedAt).toBeGreaterThan(0);
    expect(c.doc.cards).toHaveLength(defaultArenaDoc().cards.length + 1);
    expect(listEffectsByLine(db, studyId).B4a?.map((e) => e.title)).toEqual([
      'Betere ontwikkelingskansen kinderen',
      'Minder schooluitval',
    ]);
    expect(listAudit(db, studyId, 'arena.merge')[0]).toMatchObject({ actor: 'lead' });
    expect(listAudit(db, studyId, 'arena.merge')[0].newValue).toMatchObject({
      mergedFrom: [g1, g2],
      groups: ['Groep 1', 'Groep 2'],
    });
    // Merging again needs the current revision.
    expect(mergeGroupCanvases(db, studyId, [g1], 1, 'lead')).toMatchObject({ ok: true, revision: 2 });
    expect(mergeGroupCanvases(db, studyId, [], 2, 'lead')).toMatchObject({ ok: false });
  });

  it('gives the export an EffectenArena sheet: the template until the study canvas exists', () => {
    expect(arenaExportSheets(db, studyId)[0].rows.filter((r) => r[0] === 'kaart')).toHaveLength(
      defaultArenaDoc().cards.length,
    );
    saveCanvas(db, { studyId, canvasId: null, doc: defaultArenaDoc(), baseRevision: 0, actor: 'a' });
    const [sheet] = arenaExportSheets(db, studyId);
    expect(sheet.name).toBe('EffectenArena');
    expect(sheet.rows.filter((r) => r[0] === 'kaart')).toHaveLength(defaultArenaDoc().cards.length);
    expect(sheet.rows.find((r) => r[0] === 'koppeling' && r[11] === 'A8')?.[12]).toBe(
      'Was er bij aanvang een lopende interventie?',
    );
  });
});
