import { beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createDb, type Db } from '@/db/client';
import { replaceFrame } from '@/db/queries/frame';
import { insertStudy } from '@/db/queries/studies';
import { storeNewDraw } from '@/db/queries/sample-draws';
import { listDrawItems, replaceCase } from '@/db/queries/sample-items';
import { codebookV1, defaultLists } from '@/lib/codebook';
import { allRestAnswers } from '@/lib/interview/rest-answers';
import { finishCase, getAnswers, saveAnswers } from '@/db/queries/answers';
import { exportSampleFile } from '@/db/queries/export';
import { importTallies } from '@/db/queries/tally-import';
import { listAudit } from '@/db/queries/audit';
import { loadAuditLines, exportAuditFile } from '@/db/queries/audit-export';
import {
  answerQuestion,
  approveCase,
  askQuestion,
  getScopedItem,
  listOpenQuestions,
  listReviewRows,
  ReviewRefused,
  unlockCase,
} from '@/db/queries/reviews';
import { teams } from '@/db/schema';

let db: Db;
let studyId: number;
let teamA: number;
let teamB: number;
let itemsA: number[];
let itemsB: number[];
let dossierOf: Map<number, string>;

const COMPLETE = [
  { key: 'A1', value: 'gezin', baseRevision: 0 },
  { key: 'A8', value: 'ja', baseRevision: 0 },
  { key: 'E1', value: 10, baseRevision: 0 },
  ...allRestAnswers(codebookV1, defaultLists, {}).map((r) => ({ ...r, baseRevision: 0 })),
];

beforeEach(() => {
  db = createDb(':memory:');
  studyId = insertStudy(db, { name: 'T', municipality: 'G', year: 2018, households: null, clients: null }, 'test');
  const rows = Array.from({ length: 12 }, (_, i) => ({
    row: i + 2,
    dossiernummer: `D${String(i).padStart(2, '0')}`,
    teamlid: i < 6 ? 'Anouk' : 'Gerrit',
    team: i < 6 ? 'Beijum' : 'Hoogkerk',
    huishoudtype: null,
    startdatum: null,
    status: null,
  }));
  replaceFrame(db, studyId, rows, { fileName: 'x', fileSha256: 'x', warnings: [] }, 'test');
  const draw = storeNewDraw(db, { studyId, seed: 1, perCaseworker: 3, reserves: 1, actor: 'test' });
  const items = listDrawItems(db, draw.id).filter((i) => i.role === 'sample');
  itemsA = items.filter((i) => i.team === 'Beijum').map((i) => i.id);
  itemsB = items.filter((i) => i.team === 'Hoogkerk').map((i) => i.id);
  dossierOf = new Map(items.map((i) => [i.id, i.dossiernummer]));
  const t = db.select().from(teams).all();
  teamA = t.find((x) => x.name === 'Beijum')!.id;
  teamB = t.find((x) => x.name === 'Hoogkerk')!.id;
  for (const id of [itemsA[0], itemsB[0]]) {
    saveAnswers(db, { studyId, sampleItemId: id, changes: COMPLETE, actor: 'onderzoeker' });
    expect(finishCase(db, { studyId, sampleItemId: id, actor: 'onderzoeker' }).ok).toBe(true);
  }
});

const lead = (itemId: number) => ({ studyId, itemId, teamIds: [teamA], actor: 'tl-a' });
const researcher = (itemId: number) => ({ studyId, itemId, teamIds: null, actor: 'onderzoeker' });

describe('a team lead of team A gets nothing of team B', () => {
  it('in the case lookup, the review list and the open questions', () => {
    expect(getScopedItem(db, studyId, itemsA[0], [teamA])).not.toBeNull();
    expect(getScopedItem(db, studyId, itemsB[0], [teamA])).toBeNull();
    expect(getScopedItem(db, studyId, itemsB[0], null)).not.toBeNull();
    askQuestion(db, { ...researcher(itemsB[0]), body: 'Vraag over B' });
    askQuestion(db, { ...lead(itemsA[0]), body: 'Vraag over A' });
    const rows = listReviewRows(db, studyId, [teamA]);
    expect(rows.map((r) => r.itemId).sort()).toEqual([...itemsA].sort());
    expect(rows.every((r) => r.team === 'Beijum')).toBe(true);
    expect(listOpenQuestions(db, studyId, [teamA]).map((q) => q.body)).toEqual(['Vraag over A']);
    expect(listOpenQuestions(db, studyId, null)).toHaveLength(2);
    expect(
      listReviewRows(db, studyId, [teamB])
        .map((r) => r.itemId)
        .sort(),
    ).toEqual([...itemsB].sort());
  });

  it('in every review action', () => {
    expect(() => askQuestion(db, { ...lead(itemsB[0]), body: 'Mag niet' })).toThrow(ReviewRefused);
    expect(() => approveCase(db, lead(itemsB[0]))).toThrow(/buiten je team/);
    const q = askQuestion(db, { ...researcher(itemsB[0]), body: 'Een vraag' });
    expect(() => answerQuestion(db, { ...lead(itemsB[0]), questionId: q, body: 'Antwoord' })).toThrow(/buiten je team/);
    approveCase(db, researcher(itemsA[0]));
    expect(() => unlockCase(db, { ...lead(itemsB[0]), reason: 'waarom niet' })).toThrow(/buiten je team/);
    expect(listAudit(db, studyId).filter((e) => e.actor === 'tl-a')).toEqual([]);
  });

  it('in the audit trail and its export', async () => {
    expect(
      loadAuditLines(db, studyId, { dossier: dossierOf.get(itemsB[0])!, actor: '', action: '', from: '', to: '' }, [
        teamA,
      ]),
    ).toMatchObject({ ok: false });
    // Without a dossier a team lead sees the latest entries of their own team's cases only (#18).
    const team = loadAuditLines(db, studyId, { dossier: '', actor: '', action: '', from: '', to: '' }, [teamA]);
    const teamDossiers = new Set(itemsA.map((id) => dossierOf.get(id)));
    expect(team.ok && team.lines.length > 0 && team.lines.every((l) => teamDossiers.has(l.dossier))).toBe(true);
    const mine = loadAuditLines(
      db,
      studyId,
      { dossier: dossierOf.get(itemsA[0])!, actor: '', action: '', from: '', to: '' },
      [teamA],
    );
    expect(mine.ok && mine.lines.length > 0 && mine.lines.every((l) => l.dossier === dossierOf.get(itemsA[0]))).toBe(
      true,
    );
    expect(
      (
        await exportAuditFile(
          db,
          studyId,
          { dossier: dossierOf.get(itemsB[0])!, actor: '', action: '', from: '', to: '' },
          [teamA],
          'tl-a',
        )
      ).ok,
    ).toBe(false);
  });
});

describe('an approved case is locked', () => {
  beforeEach(() => approveCase(db, lead(itemsA[0])));

  it('against saveAnswers, trajectory rows and finishCase', () => {
    const before = getAnswers(db, itemsA[0]);
    expect(
      saveAnswers(db, {
        studyId,
        sampleItemId: itemsA[0],
        changes: [{ key: 'E1', value: 11, baseRevision: 1 }],
        actor: 'onderzoeker',
      }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/vergrendeld/) });
    expect(
      saveAnswers(db, {
        studyId,
        sampleItemId: itemsA[0],
        changes: [{ key: 'C.r0001.type', value: 'amw', baseRevision: 0 }],
        actor: 'onderzoeker',
      }),
    ).toMatchObject({ ok: false });
    expect(finishCase(db, { studyId, sampleItemId: itemsA[0], actor: 'onderzoeker' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/vergrendeld/),
    });
    expect(getAnswers(db, itemsA[0])).toEqual(before);
  });

  it('against the Excel re-import, which imports nothing', async () => {
    const data = (await exportSampleFile(db, studyId, 'xlsx', 't'))!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Steekproef')!;
    const header = (ws.getRow(1).values as unknown[]).map(String);
    const col = header.indexOf('E1_uren_teamlid'); // values[] is 1-based, like the columns
    ws.eachRow((row, n) => {
      if (n > 1) row.getCell(col).value = 20;
    });
    const r = await importTallies(db, { studyId, data: new Uint8Array(await wb.xlsx.writeBuffer()), actor: 't' });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => e.reason).join(' ')).toMatch(
        new RegExp(`${dossierOf.get(itemsA[0])} is goedgekeurd en vergrendeld`),
      );
    expect(getAnswers(db, itemsA[0]).E1.value).toBe(10);
    expect(getAnswers(db, itemsB[0]).E1.value).toBe(10); // all or nothing: the unlocked case is not changed either
  });

  it('against replacement', () => {
    db.$client.prepare("update sample_items set status = 'te_bespreken' where id = ?").run(itemsA[0]); // even if the status would allow it
    expect(() =>
      replaceCase(db, { studyId, dossiernummer: dossierOf.get(itemsA[0])!, reason: 'te_kort_actief', actor: 'o' }),
    ).toThrow(/vergrendeld/);
  });

  it('against new questions (nobody may change the answers they would ask about)', () => {
    expect(() => askQuestion(db, { ...lead(itemsA[0]), body: 'Klopt E1?' })).toThrow(/goedgekeurd en vergrendeld/);
  });

  it('until a researcher unlocks it with a reason', () => {
    expect(() => unlockCase(db, { ...researcher(itemsA[0]), reason: '' })).toThrow(/te kort/);
    unlockCase(db, { ...researcher(itemsA[0]), reason: 'Teamleider wil E1 nog laten aanpassen' });
    expect(
      saveAnswers(db, {
        studyId,
        sampleItemId: itemsA[0],
        changes: [{ key: 'E1', value: 11, baseRevision: 1 }],
        actor: 'onderzoeker',
      }),
    ).toMatchObject({
      ok: true,
      outcomes: [{ key: 'E1', status: 'saved', revision: 2 }],
      effects: { status: 'besproken', cleared: [] },
    });
  });
});

describe('review workflow and its audit trail', () => {
  it('question → answer → approve → unlock, each with an audit entry', () => {
    const id = itemsA[0];
    expect(() => approveCase(db, lead(itemsA[1]))).toThrow(/besproken/);
    const q = askQuestion(db, { ...lead(id), body: 'Klopt E1?', questionKey: 'E1' });
    expect(() => approveCase(db, lead(id))).toThrow(/vragen open/);
    expect(listReviewRows(db, studyId, [teamA]).find((r) => r.itemId === id)?.status).toBe('vraag_open');
    answerQuestion(db, { ...researcher(id), questionId: q, body: 'Ja, 10 uur.' });
    expect(() => answerQuestion(db, { ...researcher(id), questionId: q, body: 'Nog eens' })).toThrow(/al beantwoord/);
    approveCase(db, lead(id));
    expect(listReviewRows(db, studyId, [teamA]).find((r) => r.itemId === id)?.status).toBe('goedgekeurd');
    unlockCase(db, { ...researcher(id), reason: 'Correctie na gesprek' });
    const actions = listAudit(db, studyId)
      .filter((e) => e.entity === 'sample_item' && e.entityId === String(id))
      .map((e) => [e.action, e.actor]);
    expect(actions.reverse()).toEqual([
      ['case.finish', 'onderzoeker'],
      ['review.question', 'tl-a'],
      ['review.answer', 'onderzoeker'],
      ['case.approve', 'tl-a'],
      ['case.unlock', 'onderzoeker'],
    ]);
    const unlock = listAudit(db, studyId, 'case.unlock')[0];
    expect(unlock.newValue).toEqual({ locked: false, reason: 'Correctie na gesprek' });
  });

  it('shows every answer change of a case as old → new, filterable, and logs the export', async () => {
    saveAnswers(db, {
      studyId,
      sampleItemId: itemsA[0],
      changes: [{ key: 'E1', value: 14, baseRevision: 1 }],
      actor: 'onderzoeker',
    });
    const q = { dossier: dossierOf.get(itemsA[0])!, actor: '', action: 'answer', from: '', to: '' };
    const r = loadAuditLines(db, studyId, q, null);
    if (!r.ok) throw new Error(r.message);
    expect(r.lines[0]).toMatchObject({
      actor: 'onderzoeker',
      action: 'antwoord',
      field: 'Uren besteed door het teamlid',
      oldText: '10',
      newText: '14',
    });
    expect(r.lines.every((l) => l.action === 'antwoord')).toBe(true);
    const file = await exportAuditFile(db, studyId, q, null, 'onderzoeker');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.data! as unknown as ArrayBuffer);
    expect(wb.getWorksheet('Audittrail')!.getRow(2).getCell(5).value).toBe('Uren besteed door het teamlid');
    expect(listAudit(db, studyId, 'export.audit')[0]).toMatchObject({ actor: 'onderzoeker' });
  });
});
