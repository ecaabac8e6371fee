/**
 * Issue "Interview data integrity" at the one write path (saveAnswers / finishCase): explicit
 * answers, completeness at finish, dependent answers, quality confirmations, a finished case that
 * becomes incomplete, the cases finished under the old defaults, and an export without invented answers.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@/db/client';
import { replaceFrame } from '@/db/queries/frame';
import { insertStudy } from '@/db/queries/studies';
import { storeNewDraw } from '@/db/queries/sample-draws';
import { listDrawItems, replaceCase } from '@/db/queries/sample-items';
import { finishCase, getAnswers, getChecks, listConfirmations, saveAnswers } from '@/db/queries/answers';
import { listAudit } from '@/db/queries/audit';
import { getResults } from '@/db/queries/results';
import { listIncompleteCases, recheckFinishedCases } from '@/db/queries/legacy-cases';
import { loadExportInput } from '@/db/queries/export';
import { sampleTable, trajectoryTable } from '@/lib/excel';
import { codebookV1, defaultLists } from '@/lib/codebook';
import { allRestAnswers } from '@/lib/interview/rest-answers';

let db: Db;
let studyId: number;
let items: ReturnType<typeof listDrawItems>;
let drawId: number;

beforeEach(() => {
  db = createDb(':memory:');
  studyId = insertStudy(db, { name: 'T', municipality: 'G', year: 2018, households: 100, clients: null }, 'test');
  const rows = Array.from({ length: 12 }, (_, i) => ({
    row: i + 2,
    dossiernummer: `D${i}`,
    teamlid: i < 6 ? 'Anouk' : 'Bram',
    team: 'Beijum',
    huishoudtype: 'gezin' as const,
    startdatum: '2018-03-01',
    status: null,
  }));
  replaceFrame(db, studyId, rows, { fileName: 'x', fileSha256: 'x', warnings: [] }, 'test');
  const draw = storeNewDraw(db, { studyId, seed: 1, perCaseworker: 3, reserves: 1, actor: 'test' });
  drawId = draw.id;
  items = listDrawItems(db, draw.id);
});

const change = (key: string, value: unknown, baseRevision = 0) => ({ key, value, baseRevision });
const save = (itemId: number, changes: { key: string; value: unknown; baseRevision: number }[]) => {
  const r = saveAnswers(db, { studyId, sampleItemId: itemId, changes, actor: 'onderzoeker' });
  if (!r.ok) throw new Error(r.message);
  return r;
};
const rev = (itemId: number, key: string) => getAnswers(db, itemId)[key]?.revision ?? 0;
const status = (itemId: number) => listDrawItems(db, drawId).find((i) => i.id === itemId)!.status;
const rest = () => allRestAnswers(codebookV1, defaultLists, {}).map((r) => change(r.key, r.value));
const complete = (itemId: number, extra: { key: string; value: unknown; baseRevision: number }[] = []) => {
  save(itemId, [change('A1', 'gezin'), change('A8', 'ja'), change('E1', 10), ...rest(), ...extra]);
  const done = finishCase(db, { studyId, sampleItemId: itemId, actor: 'onderzoeker' });
  if (!done.ok) throw new Error(JSON.stringify(done));
};

describe('finishing', () => {
  it('refuses a nearly empty case (A8 and E1 only) with every open row named in Dutch', () => {
    const id = items[0].id;
    save(id, [change('A1', 'gezin'), change('A11', '2018-03'), change('A8', 'ja'), change('E1', 10)]);
    const r = finishCase(db, { studyId, sampleItemId: id, actor: 'onderzoeker' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(defaultLists.lifeDomains.length + defaultLists.escalationTypes.length);
    expect(r.errors[0]).toEqual({
      key: 'B.financien.aanvang',
      message: 'Leefgebied Financiën: probleem bij aanvang ontbreekt.',
      short: 'Ontbreekt.',
    });
    for (const e of r.errors) expect(e.message).not.toMatch(/\b[BCD]\.|_|\b[A-F]\d\b/);
    expect(status(id)).toBe('te_bespreken');
    expect(getResults(db, studyId)!.n).toBe(0);
  });

  it('needs every quality warning confirmed, and stores who confirmed it', () => {
    const id = items[0].id;
    save(id, [
      change('A1', 'gezin'),
      change('A8', 'ja'),
      change('E1', 0),
      ...rest(),
      change('B.huisvesting.aanvang', 'nee'),
      change('B.huisvesting.nu', 'ja'),
    ]);
    const first = finishCase(db, { studyId, sampleItemId: id, actor: 'onderzoeker' });
    expect(first).toMatchObject({
      ok: false,
      errors: [],
      warnings: [{ id: 'verslechterd:huisvesting' }, { id: 'geen_uren' }],
    });
    expect(finishCase(db, { studyId, sampleItemId: id, actor: 'onderzoeker', confirm: ['geen_uren'] }).ok).toBe(false);
    expect(listConfirmations(db, id)).toEqual([]); // a refused finish stores nothing
    expect(
      finishCase(db, {
        studyId,
        sampleItemId: id,
        actor: 'onderzoeker',
        confirm: ['geen_uren', 'verslechterd:huisvesting'],
      }),
    ).toEqual({ ok: true, status: 'besproken' });
    expect(listConfirmations(db, id).map((c) => [c.warningId, c.confirmedBy])).toEqual([
      ['verslechterd:huisvesting', 'onderzoeker'],
      ['geen_uren', 'onderzoeker'],
    ]);
    expect(listAudit(db, studyId, 'case.quality_confirm')).toHaveLength(2);
  });
});

describe('dependent answers', () => {
  it('clears A9 when A8 changes to ja, with an audit entry, and tells the client', () => {
    const id = items[0].id;
    save(id, [change('A8', 'nee'), change('A9', 'ja')]);
    const r = save(id, [change('A8', 'ja', rev(id, 'A8'))]);
    expect(r.effects?.cleared).toEqual([{ key: 'A9', revision: 2 }]);
    expect(getAnswers(db, id).A9.value).toBeNull();
    expect(listAudit(db, studyId, 'answer.clear_dependent')[0]).toMatchObject({
      entityId: `${id}:A9`,
      newValue: { value: null, revision: 2 },
    });
  });

  it('clears E3 when E2 becomes nee, but keeps an answer the same batch gives', () => {
    const id = items[0].id;
    save(id, [change('E2', 'ja'), change('E3', 6)]);
    save(id, [change('E2', 'nee', 1)]);
    expect(getAnswers(db, id).E3.value).toBeNull();
    save(id, [change('E2', 'ja', 2), change('E3', 4, 2)]);
    expect(getAnswers(db, id).E3.value).toBe(4);
    expect(getChecks(db, id)).toEqual({});
  });

  it('marks "nu" controleren when aanvang changes, drops the no longer asked toeschrijving, and a save confirms', () => {
    const id = items[0].id;
    save(id, [
      change('B.huisvesting.aanvang', 'ja'),
      change('B.huisvesting.nu', 'nee'),
      change('B.huisvesting.toeschrijving', 'ja'),
    ]);
    const r = save(id, [change('B.huisvesting.aanvang', 'nee', 1)]);
    expect(r.effects?.checks).toEqual({
      'B.huisvesting.nu': 'Controleren: "Leefgebied Huisvesting: probleem bij aanvang" is gewijzigd.',
    });
    expect(r.effects?.cleared.map((c) => c.key)).toEqual(['B.huisvesting.toeschrijving']);
    expect(getChecks(db, id)).toEqual({ 'B.huisvesting.nu': 'B.huisvesting.aanvang' });
    save(id, [change('B.huisvesting.nu', 'nee', 1)]); // confirmed as it is
    expect(getChecks(db, id)).toEqual({});
  });

  it('marks oud controleren when wie changes (its question is worded by wie)', () => {
    const id = items[0].id;
    save(id, [
      change('C.r1.type', 'amw'),
      change('C.r1.wie', 'professional'),
      change('C.r1.actie', 'ingezet'),
      change('C.r1.oud', 'ja'),
    ]);
    save(id, [change('C.r1.wie', 'eigen_kracht', 1)]);
    expect(getChecks(db, id)).toEqual({ 'C.r1.oud': 'C.r1.wie' });
    complete(items[1].id);
    const r = finishCase(db, { studyId, sampleItemId: id, actor: 'onderzoeker' });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => e.message)).toContain(
        'Traject 1 (Algemeen maatschappelijk werk): zou anders een professional zijn ingezet?: controleren, want "Traject 1 (Algemeen maatschappelijk werk): door wie" is gewijzigd.',
      );
  });
});

describe('a finished case stays complete', () => {
  it('goes back to te bespreken and out of the estimates when a required answer is cleared', () => {
    const [a, b] = [items[0].id, items[1].id];
    complete(a);
    complete(b);
    expect(getResults(db, studyId)!.n).toBe(2);
    const r = save(a, [change('E1', null, rev(a, 'E1'))]);
    expect(r.effects).toMatchObject({ status: 'te_bespreken', notice: expect.stringMatching(/telt niet mee/) });
    expect(status(a)).toBe('te_bespreken');
    expect(getResults(db, studyId)!.n).toBe(1);
    expect(listIncompleteCases(db, studyId)).toEqual([
      { itemId: a, dossiernummer: expect.any(String), caseworker: expect.any(String), reason: 'gewijzigd' },
    ]);
    expect(listAudit(db, studyId, 'case.reopen')).toHaveLength(1);
    save(a, [change('E1', 12, rev(a, 'E1'))]);
    expect(finishCase(db, { studyId, sampleItemId: a, actor: 'onderzoeker' }).ok).toBe(true);
    expect(getResults(db, studyId)!.n).toBe(2);
    expect(listIncompleteCases(db, studyId)).toEqual([]);
  });

  it('stays besproken, with a fresh tally, after a change that keeps it complete', () => {
    const a = items[0].id;
    complete(a);
    save(a, [change('E1', 30, rev(a, 'E1'))]);
    expect(status(a)).toBe('besproken');
    expect(getResults(db, studyId)!.inputs.find((i) => i.key === 'hours_own_per_hh')?.mean).toBe(30);
  });
});

describe('cases finished under the old defaults', () => {
  it('are put back once, marked "oude regels", and unlocked', () => {
    const [a, b] = [items[0].id, items[1].id];
    complete(a);
    // An old-style finished case: A1, A8, E1 only (rows were "nee" by default then).
    save(b, [change('A1', 'gezin'), change('A8', 'ja'), change('E1', 10)]);
    db.$client.prepare("update sample_items set status = 'besproken' where id = ?").run(b);
    db.$client
      .prepare('insert into case_reviews (sample_item_id, locked_at, locked_by) values (?, ?, ?)')
      .run(b, Date.now(), 'teamleider');
    db.$client.pragma('user_version = 0');
    expect(recheckFinishedCases(db)).toBe(1);
    expect(status(b)).toBe('te_bespreken');
    expect(status(a)).toBe('besproken');
    expect(listIncompleteCases(db, studyId).map((c) => [c.itemId, c.reason])).toEqual([[b, 'oude_regels']]);
    expect(db.$client.prepare('select locked_at from case_reviews where sample_item_id = ?').pluck().get(b)).toBeNull();
    expect(recheckFinishedCases(db)).toBe(0); // once
  });
});

describe('the export tells the truth', () => {
  it('writes no answer for untouched, in-progress, reserve and unusable cases, and only given answers for finished ones', () => {
    const [done, partial, untouched, unusable] = items.filter((i) => i.role === 'sample').map((i) => i.id);
    complete(done);
    save(partial, [
      change('A1', 'gezin'),
      change('A11', '2018-03'),
      change('A8', 'nee'),
      change('B.financien.aanvang', 'ja'),
    ]);
    save(unusable, [change('A1', 'gezin')]);
    replaceCase(db, {
      studyId,
      dossiernummer: items.find((i) => i.id === unusable)!.dossiernummer,
      reason: 'te_kort_actief',
      actor: 'onderzoeker',
    });
    const input = loadExportInput(db, studyId)!;
    const t = sampleTable(input.cases, input.codebook, input.lists);
    const col = (name: string) => t.header.indexOf(name);
    const row = (itemId: number) =>
      t.rows[input.cases.findIndex((c) => c.dossiernummer === items.find((i) => i.id === itemId)!.dossiernummer)];
    const answerCols = t.columns.map((c) => col(c.name));
    const tallyCols = t.header.map((h, i) => (h.startsWith('T_') ? i : -1)).filter((i) => i >= 0);
    for (const id of [partial, untouched, unusable]) {
      const r = row(id);
      const given = answerCols.filter((i) => r[i] !== null).map((i) => t.header[i]);
      expect(
        given.every((h) => h === 'A1_huishoudtype' || h === 'A11_startmaand'),
        `${id}: ${given}`,
      ).toBe(true);
      expect(tallyCols.every((i) => r[i] === null)).toBe(true);
    }
    expect(row(partial)[col('voorgevuld_uit_kader')]).toBe('A1_huishoudtype, A11_startmaand');
    expect(row(partial)[col('B_financien_aanvang')]).toBeNull(); // given, but the case is not finished
    expect(row(untouched)[col('B_huisvesting_aanvang')]).toBeNull();
    expect(row(untouched)[col('D_huisuitzetting_status')]).toBeNull();
    const d = row(done);
    expect(d[col('B_huisvesting_aanvang')]).toBe('nee');
    expect(d[col('D_huisuitzetting_status')]).toBe('niet_aan_de_orde');
    expect(d[col('A2_samenstelling')]).toBeNull(); // never asked → empty, not a default
    expect(d[col('voorgevuld_uit_kader')]).toBeNull();
    expect(trajectoryTable(input.cases, input.codebook).rows).toEqual([]);
  });
});
