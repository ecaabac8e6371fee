/** #18 team-lead flow: bulk-approval selection, next case, open questions grouping, audit search parameters and labels. */
import { describe, expect, it } from 'vitest';
import { codebookV1, defaultLists } from '@/lib/codebook';
import { selectBulkApproval, sameCases } from '@/lib/review/bulk';
import { NEEDS_REVIEW, nextCaseToReview } from '@/lib/review/next-case';
import { groupOpenQuestions } from '@/lib/review/open-questions';
import { parseAuditSearch } from '@/lib/audit/search';
import { describeEntry, type DescribeContext } from '@/lib/audit/describe';
import { actionLabel } from '@/lib/audit/rows';
import { objectText } from '@/lib/audit/values';

const c = (itemId: number, o: Partial<Parameters<typeof selectBulkApproval>[0][number]> = {}) => ({
  itemId,
  dossiernummer: `D${itemId}`,
  itemStatus: 'besproken',
  locked: false,
  openQuestions: 0,
  problems: 0,
  unconfirmedWarnings: 0,
  ...o,
});

describe('bulk approval selection', () => {
  it('takes finished cases without open question or unconfirmed warning, and names why the rest is left out', () => {
    const sel = selectBulkApproval([
      c(1),
      c(2, { openQuestions: 2 }),
      c(3, { unconfirmedWarnings: 1 }),
      c(4, { itemStatus: 'te_bespreken' }),
      c(5, { locked: true }),
      c(6, { problems: 3 }),
      c(7, { itemStatus: 'reserve_in_gebruik' }),
    ]);
    expect(sel.eligible).toEqual([{ itemId: 1, dossiernummer: 'D1' }]);
    expect(sel.approved).toBe(1);
    expect(sel.excluded.map((e) => [e.itemId, e.reason])).toEqual([
      [2, '2 open vragen'],
      [3, '1 onbevestigde waarschuwing'],
      [4, 'nog niet afgerond (te bespreken)'],
      [6, 'niet compleet (3 punten aan te vullen of te controleren)'],
      [7, 'nog niet afgerond (te bespreken)'],
    ]);
  });

  it('compares the confirmed set with the current one, order aside', () => {
    expect(sameCases([1, 2], [2, 1])).toBe(true);
    expect(sameCases([1, 2], [1])).toBe(false);
    expect(sameCases([1], [1, 1])).toBe(false);
  });
});

describe('next case to review', () => {
  const rows = [
    { itemId: 1, dossiernummer: 'A', status: 'goedgekeurd' as const },
    { itemId: 2, dossiernummer: 'B', status: 'besproken' as const },
    { itemId: 3, dossiernummer: 'C', status: 'vraag_open' as const },
    { itemId: 4, dossiernummer: 'D', status: 'besproken' as const },
    { itemId: 5, dossiernummer: 'E', status: 'te_bespreken' as const },
  ];
  it('follows the list order after the current case and wraps around, never the current case', () => {
    expect(nextCaseToReview(rows, 2, NEEDS_REVIEW.teamleider)).toEqual({ next: rows[3], remaining: 1 });
    expect(nextCaseToReview(rows, 4, NEEDS_REVIEW.teamleider)).toEqual({ next: rows[1], remaining: 1 });
    expect(nextCaseToReview(rows, 1, NEEDS_REVIEW.teamleider).next?.itemId).toBe(2);
    expect(nextCaseToReview(rows.slice(0, 2), 2, NEEDS_REVIEW.teamleider)).toEqual({ next: null, remaining: 0 });
  });
  it('sends a researcher to the questions waiting on them too', () => {
    expect(nextCaseToReview(rows, 2, NEEDS_REVIEW.onderzoeker).next?.itemId).toBe(3);
  });
});

describe('open questions per team and caseworker', () => {
  it('groups, counts questions and cases, oldest first', () => {
    const q = (id: number, team: string, caseworker: string, item: number, at: number) => ({
      id,
      sampleItemId: item,
      createdAt: at,
      team,
      caseworker,
    });
    const g = groupOpenQuestions([
      q(1, 'Hoogkerk', 'Gerrit', 10, 5),
      q(2, 'Beijum', 'Zoë', 20, 3),
      q(3, 'Beijum', 'Anouk', 30, 9),
      q(4, 'Beijum', 'Anouk', 30, 1),
      q(5, 'Beijum', 'Anouk', 31, 4),
    ]);
    expect(g.map((t) => [t.team, t.count])).toEqual([
      ['Beijum', 4],
      ['Hoogkerk', 1],
    ]);
    expect(g[0].caseworkers.map((w) => [w.caseworker, w.questions.map((x) => x.id), w.cases])).toEqual([
      ['Anouk', [4, 5, 3], 2],
      ['Zoë', [2], 1],
    ]);
  });
});

describe('audit search parameters', () => {
  it('ignores a repeated or malformed parameter with a Dutch notice instead of failing', () => {
    const r = parseAuditSearch({
      wie: ['a', 'b'],
      van: '2018-13-45',
      tot: 'gisteren',
      pagina: 'twee',
      dossier: ' 0012 ',
    });
    expect(r.query).toEqual({ dossier: '0012', actor: '', action: '', from: '', to: '' });
    expect(r.page).toBe(1);
    expect(r.notices).toHaveLength(4);
    expect(r.notices[0]).toMatch(/"wie" is meer dan één keer opgegeven/);
    expect(r.notices.join(' ')).toMatch(/"pagina" is geen getal/);
    expect(r.notices.join(' ')).not.toMatch(/Invalid|expected/);
  });
  it('keeps valid values and bounds the page', () => {
    expect(parseAuditSearch({ wie: 'tl-a', van: '2018-03-01', pagina: '3' })).toMatchObject({
      query: { actor: 'tl-a', from: '2018-03-01' },
      page: 3,
      notices: [],
    });
    expect(parseAuditSearch({ pagina: '100000' }).page).toBe(1);
  });
});

describe("audit lines in the interview's words", () => {
  const ctx: DescribeContext = { codebook: codebookV1, lists: defaultLists, entriesOf: () => ({}) };
  const answer = (key: string, oldValue: unknown, newValue: unknown, action = 'answer.save') =>
    describeEntry({ action, entity: 'case_answer', entityId: `7:${key}`, oldValue, newValue }, 7, ctx);

  it('names the question and shows old → new as answer labels, without revisions or JSON', () => {
    expect(answer('A1', null, { value: 'gezin', revision: 1 })).toEqual({
      field: 'Huishoudtype',
      oldText: '(leeg)',
      newText: 'gezin (met minderjarige kinderen)',
    });
    expect(answer('E1', { value: 10, revision: 1 }, { value: 14, revision: 2 })).toEqual({
      field: 'Uren besteed door het teamlid',
      oldText: '10',
      newText: '14',
    });
    expect(
      answer(
        'B.huisvesting.aanvang',
        { value: 'ja', revision: 1 },
        { value: null, revision: 2 },
        'answer.clear_dependent',
      ),
    ).toMatchObject({ field: 'Leefgebied Huisvesting: probleem bij aanvang', newText: '(leeg)' });
    expect(answer('B.huisvesting.nu', null, { because: 'B.huisvesting.aanvang' }, 'answer.check').newText).toBe(
      'controleren: "Leefgebied Huisvesting: probleem bij aanvang" is gewijzigd',
    );
  });

  it('writes case steps in words', () => {
    const item = (action: string, oldValue: unknown, newValue: unknown) =>
      describeEntry({ action, entity: 'sample_item', entityId: '7', oldValue, newValue }, 7, ctx);
    expect(item('case.finish', { status: 'te_bespreken' }, { status: 'besproken' })).toEqual({
      field: 'Status',
      oldText: 'te bespreken',
      newText: 'besproken (afgerond)',
    });
    expect(item('case.approve', { locked: false }, { locked: true, lockedAt: 1, bulk: true }).newText).toMatch(
      /^goedgekeurd en vergrendeld \(met andere/,
    );
    expect(
      item('case.unlock', { locked: true, lockedBy: 'tl-a' }, { locked: false, reason: 'Correctie' }),
    ).toMatchObject({ oldText: 'vergrendeld (goedgekeurd door tl-a)', newText: 'ontgrendeld: Correctie' });
    expect(item('review.question', null, { questionKey: 'E1', body: 'Klopt dit?' })).toEqual({
      field: 'Uren besteed door het teamlid',
      oldText: '',
      newText: 'Klopt dit?',
    });
    expect(
      item(
        'sample.replace',
        { status: 'te_bespreken' },
        { status: 'onbruikbaar', reason: 'te_kort_actief', note: null, reserve: '0042' },
      ).newText,
    ).toBe('onbruikbaar: Dossier te kort actief; reserve 0042 in gebruik');
  });

  it('never shows an internal key or JSON for other entries', () => {
    expect(objectText({ cases: 12, teams: 4, fileName: 'kader.xlsx', fileSha256: 'abc' })).toBe(
      '12 dossiers · 4 teams · bestand kader.xlsx',
    );
    expect(objectText({ fileSha256: 'abc' })).toBe('gewijzigd');
    expect(actionLabel('arena.save')).toBe('EffectenArena');
    expect(actionLabel('iets.nieuws')).toBe('overige wijziging');
  });
});
