/** #18: bulk approval of one caseworker's cases (selection, all or none, audited per case) and the audit trail without a filter. */
import { beforeEach, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@/db/client';
import { replaceFrame } from '@/db/queries/frame';
import { insertStudy } from '@/db/queries/studies';
import { storeNewDraw } from '@/db/queries/sample-draws';
import { listDrawItems } from '@/db/queries/sample-items';
import { codebookV1, defaultLists } from '@/lib/codebook';
import { allRestAnswers } from '@/lib/interview/rest-answers';
import { finishCase, saveAnswers } from '@/db/queries/answers';
import { listAudit } from '@/db/queries/audit';
import { loadAuditLines } from '@/db/queries/audit-export';
import { getCaseLock } from '@/db/queries/case-locks';
import { askQuestion, ReviewRefused } from '@/db/queries/reviews';
import { approveCaseworkerCases, bulkApprovalSelection } from '@/db/queries/review-bulk';
import { teams } from '@/db/schema';

let db: Db;
let studyId: number;
let teamA: number;
let items: { id: number; dossiernummer: string; caseworkerId: number }[];
let otherTeamItem: { id: number; caseworkerId: number };

const COMPLETE = (hours: number) => [
  { key: 'A1', value: 'gezin', baseRevision: 0 },
  { key: 'A8', value: 'ja', baseRevision: 0 },
  { key: 'E1', value: hours, baseRevision: 0 },
  ...allRestAnswers(codebookV1, defaultLists, {}).map((r) => ({ ...r, baseRevision: 0 })),
];

function finish(id: number, hours = 10) {
  saveAnswers(db, { studyId, sampleItemId: id, changes: COMPLETE(hours), actor: 'onderzoeker' });
  expect(
    finishCase(db, { studyId, sampleItemId: id, actor: 'onderzoeker', confirm: hours === 0 ? ['geen_uren'] : [] }).ok,
  ).toBe(true);
}

const empty = { dossier: '', actor: '', action: '', from: '', to: '' };

beforeEach(() => {
  db = createDb(':memory:');
  studyId = insertStudy(db, { name: 'T', municipality: 'G', year: 2018, households: null, clients: null }, 'test');
  const rows = Array.from({ length: 14 }, (_, i) => ({
    row: i + 2,
    dossiernummer: `D${String(i).padStart(2, '0')}`,
    teamlid: i < 7 ? 'Anouk' : 'Gerrit',
    team: i < 7 ? 'Beijum' : 'Hoogkerk',
    huishoudtype: null,
    startdatum: null,
    status: null,
  }));
  replaceFrame(db, studyId, rows, { fileName: 'x', fileSha256: 'x', warnings: [] }, 'test');
  const draw = storeNewDraw(db, { studyId, seed: 1, perCaseworker: 5, reserves: 1, actor: 'test' });
  const all = listDrawItems(db, draw.id).filter((i) => i.role === 'sample');
  items = all
    .filter((i) => i.team === 'Beijum')
    .map((i) => ({
      id: i.id,
      dossiernummer: i.dossiernummer,
      caseworkerId: db.$client
        .prepare('select caseworker_id from sample_items where id = ?')
        .pluck()
        .get(i.id) as number,
    }));
  const b = all.find((i) => i.team === 'Hoogkerk')!;
  otherTeamItem = {
    id: b.id,
    caseworkerId: db.$client.prepare('select caseworker_id from sample_items where id = ?').pluck().get(b.id) as number,
  };
  teamA = db
    .select()
    .from(teams)
    .all()
    .find((x) => x.name === 'Beijum')!.id;
  // items[0], [1]: finished and clean; [2]: finished with an open question; [3]: finished, its warning's confirmation lost; [4]: not finished.
  for (const i of [0, 1, 2]) finish(items[i].id);
  finish(items[3].id, 0);
  db.$client.prepare('delete from quality_confirmations where sample_item_id = ?').run(items[3].id);
  askQuestion(db, { studyId, itemId: items[2].id, teamIds: [teamA], actor: 'tl-a', body: 'Klopt dit?' });
  finish(otherTeamItem.id);
});

const lead = () => ({ teamIds: [teamA], actor: 'tl-a' });

describe('bulk approval of a caseworker', () => {
  it('selects only finished cases without open question or unconfirmed warning, and says why for the others', () => {
    const sel = bulkApprovalSelection(db, studyId, items[0].caseworkerId, [teamA]);
    expect(sel.eligible.map((e) => e.itemId).sort()).toEqual([items[0].id, items[1].id].sort());
    expect(Object.fromEntries(sel.excluded.map((e) => [e.dossiernummer, e.reason]))).toEqual({
      [items[2].dossiernummer]: '1 open vraag',
      [items[3].dossiernummer]: '1 onbevestigde waarschuwing',
      [items[4].dossiernummer]: 'nog niet afgerond (te bespreken)',
    });
  });

  it('approves exactly the confirmed cases, each locked and audited', () => {
    const ids = [items[0].id, items[1].id];
    expect(
      approveCaseworkerCases(db, { studyId, caseworkerId: items[0].caseworkerId, ...lead(), itemIds: ids }).sort(),
    ).toEqual([items[0].dossiernummer, items[1].dossiernummer].sort());
    for (const id of ids) expect(getCaseLock(db, id)).toMatchObject({ lockedBy: 'tl-a' });
    for (const id of [items[2].id, items[3].id, items[4].id]) expect(getCaseLock(db, id)).toBeNull();
    const approvals = listAudit(db, studyId, 'case.approve');
    expect(approvals.map((a) => Number(a.entityId)).sort()).toEqual([...ids].sort());
    expect(approvals.every((a) => (a.newValue as { bulk?: boolean }).bulk === true && a.actor === 'tl-a')).toBe(true);
    expect(bulkApprovalSelection(db, studyId, items[0].caseworkerId, [teamA])).toMatchObject({
      eligible: [],
      approved: 2,
    });
  });

  it('approves nothing when the selection changed since the confirmation (all or none)', () => {
    askQuestion(db, { studyId, itemId: items[1].id, teamIds: [teamA], actor: 'tl-a', body: 'Nog een vraag?' });
    expect(() =>
      approveCaseworkerCases(db, {
        studyId,
        caseworkerId: items[0].caseworkerId,
        ...lead(),
        itemIds: [items[0].id, items[1].id],
      }),
    ).toThrow(/niets goedgekeurd/);
    expect(getCaseLock(db, items[0].id)).toBeNull();
    expect(() =>
      approveCaseworkerCases(db, {
        studyId,
        caseworkerId: items[0].caseworkerId,
        ...lead(),
        itemIds: [items[0].id, items[2].id],
      }),
    ).toThrow(ReviewRefused);
    expect(listAudit(db, studyId, 'case.approve')).toEqual([]);
  });

  it('refuses a caseworker of another team', () => {
    expect(() =>
      approveCaseworkerCases(db, {
        studyId,
        caseworkerId: otherTeamItem.caseworkerId,
        ...lead(),
        itemIds: [otherTeamItem.id],
      }),
    ).toThrow(/geen dossiers in jouw team/);
    expect(getCaseLock(db, otherTeamItem.id)).toBeNull();
  });
});

describe('the audit trail without a filter', () => {
  it('shows a team lead the latest entries of their own team only, in labels, paged', () => {
    const r = loadAuditLines(db, studyId, empty, [teamA], { limit: 20, offset: 0 });
    if (!r.ok) throw new Error(r.message);
    const mine = new Set(items.map((i) => i.dossiernummer));
    expect(r.lines.length).toBe(20);
    expect(r.lines.every((l) => mine.has(l.dossier))).toBe(true);
    expect(r.total).toBeGreaterThan(20);
    const all = loadAuditLines(db, studyId, empty, null, { limit: 5000, offset: 0 });
    if (!all.ok) throw new Error(all.message);
    expect(all.total).toBeGreaterThan(r.total);
    const next = loadAuditLines(db, studyId, empty, [teamA], { limit: 20, offset: 20 });
    expect(next.ok && next.lines[0].id < r.lines[19].id).toBe(true);
    const team = loadAuditLines(db, studyId, empty, [teamA], { limit: 5000, offset: 0 });
    if (!team.ok) throw new Error(team.message);
    expect(
      team.lines.find((l) => l.field === 'Uren besteed door het teamlid' && l.dossier === items[3].dossiernummer),
    ).toMatchObject({ oldText: '(leeg)', newText: '0' });
    expect(team.lines.find((l) => l.field === 'Huishoudtype')).toMatchObject({
      newText: 'gezin (met minderjarige kinderen)',
    });
    expect(team.lines.find((l) => l.action === 'vraag')).toMatchObject({
      field: 'Hele dossier',
      newText: 'Klopt dit?',
    });
    for (const l of all.lines)
      expect(`${l.field} ${l.oldText} ${l.newText}`).not.toMatch(/[{}"]|\bE1\b|\bB\.[a-z]+\.|rev\./);
  });
});
