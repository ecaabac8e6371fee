import { describe, expect, it } from 'vitest';
import {
  addArrow,
  addCard,
  arenaDocSchema,
  cardInputKeys,
  cardMeasurements,
  codebookQuestions,
  columnAt,
  columnX,
  compareCanvases,
  defaultArenaDoc,
  effectsByLine,
  emptyDoc,
  findGaps,
  mergeCanvases,
  moveCard,
  normaliseTitle,
  parseArenaDoc,
  QUESTION_INPUT_KEYS,
  removeCard,
  shiftCard,
  updateCard,
  type ArenaDoc,
} from '@/lib/arena';
import { codebookV1, defaultLists } from '@/lib/codebook';
import { inputKeys } from '@/lib/aggregate/input-keys';
import { LINE_CODES } from '@/lib/mkba/types';

const keys = inputKeys(defaultLists);
const effect = (doc: ArenaDoc, title: string) => doc.cards.find((c) => c.title === title)!;

describe('arena doc schema', () => {
  it('accepts the default template and fills defaults', () => {
    const doc = parseArenaDoc(JSON.parse(JSON.stringify(defaultArenaDoc())));
    expect(doc.cards.filter((c) => c.column === 'effecten').map((c) => c.title.slice(0, 2))).toEqual(
      expect.arrayContaining(['A ', 'B ', 'C ', 'D ', 'E ']),
    );
    const min = arenaDocSchema.parse({ version: 1, cards: [{ id: 'k1', column: 'effecten', title: 'X' }], arrows: [] });
    expect(min.cards[0]).toMatchObject({ note: '', y: 0, intended: true, direct: true, lines: [], questions: [] });
  });

  it('refuses unknown versions, lines, columns, dangling or self arrows and duplicate ids', () => {
    const card = { id: 'k1', column: 'effecten', title: 'X' };
    expect(arenaDocSchema.safeParse({ version: 2, cards: [], arrows: [] }).success).toBe(false);
    expect(arenaDocSchema.safeParse({ version: 1, cards: [{ ...card, lines: ['B9'] }], arrows: [] }).success).toBe(
      false,
    );
    expect(arenaDocSchema.safeParse({ version: 1, cards: [{ ...card, column: 'elders' }], arrows: [] }).success).toBe(
      false,
    );
    const dangling = arenaDocSchema.safeParse({
      version: 1,
      cards: [card],
      arrows: [{ id: 'p1', from: 'k1', to: 'k2' }],
    });
    expect(dangling.success || dangling.error.issues[0].message).toBe('Pijl verwijst naar een onbekende kaart');
    expect(
      arenaDocSchema.safeParse({ version: 1, cards: [card], arrows: [{ id: 'p1', from: 'k1', to: 'k1' }] }).success,
    ).toBe(false);
    const dup = arenaDocSchema.safeParse({ version: 1, cards: [card, card], arrows: [] });
    expect(dup.success || dup.error.issues[0].message).toBe('Kaart "k1" staat dubbel');
    expect(arenaDocSchema.safeParse({ version: 1, cards: [{ ...card, title: '  ' }], arrows: [] }).success).toBe(false);
  });
});

describe('arena edits', () => {
  it('adds, edits, moves between columns and links cards', () => {
    const first = addCard(emptyDoc(), 'interventie', ' Wijkteam ');
    const a = first.id;
    const second = addCard(first.doc, 'interventie', 'Eerder bereik');
    const b = second.id;
    let doc = second.doc;
    expect(doc.cards.map((c) => c.title)).toEqual(['Wijkteam', 'Eerder bereik']);
    expect(doc.cards[1].y).toBeGreaterThan(doc.cards[0].y);
    doc = shiftCard(shiftCard(doc, b, 1), b, 1);
    expect(doc.cards[1].column).toBe('effecten');
    doc = updateCard(doc, b, { lines: ['B3'] });
    const linked = addArrow(doc, a, b);
    expect(linked.error).toBeUndefined();
    expect(addArrow(linked.doc, a, b).error).toBe('Deze pijl bestaat al.');
    expect(addArrow(linked.doc, a, a).error).toMatch(/dezelfde kaart/);
    doc = moveCard(linked.doc, a, 'probleem');
    expect(doc.cards[0]).toMatchObject({ column: 'probleem' });
    expect(shiftCard(doc, a, -1)).toBe(doc); // already leftmost
    expect(arenaDocSchema.safeParse(doc).success).toBe(true);
    expect(removeCard(doc, b)).toMatchObject({ cards: [{ id: a }], arrows: [] });
  });

  it('maps x positions to columns and back', () => {
    expect(columnAt(columnX('effecten'))).toBe('effecten');
    expect(columnAt(columnX('effecten') + 120)).toBe('effecten');
    expect(columnAt(-500)).toBe('probleem');
    expect(columnAt(99999)).toBe('incasseerders');
  });
});

describe('arena links and gaps', () => {
  it('every question a template card links to exists in codebook v1 and feeds an input key', () => {
    const codes = new Set(codebookQuestions(codebookV1).map((q) => q.code));
    for (const code of Object.keys(QUESTION_INPUT_KEYS)) expect(codes, code).toContain(code);
    for (const c of defaultArenaDoc().cards) for (const q of c.questions) expect(codes, q).toContain(q);
  });

  it('resolves lines and questions to input keys (B3 → prevented escalations, B2 → every net_improved)', () => {
    expect(cardInputKeys({ lines: ['B3'], questions: [] }, keys)).toEqual(['prevented_escalation_per_hh']);
    expect(cardInputKeys({ lines: ['B2'], questions: [] }, keys)).toEqual(
      defaultLists.lifeDomains.map((d) => `net_improved.${d.code}`),
    );
    expect(cardInputKeys({ lines: ['B1c'], questions: ['C.vervangt_type', 'A8'] }, keys)).toEqual([
      'substitutie_per_hh',
      'newly_found_share',
    ]);
    expect(cardInputKeys({ lines: ['K1', 'K2'], questions: [] }, keys)).toEqual([]);
  });

  it('the default template covers all eleven MKBA lines and links every effect', () => {
    const gaps = findGaps(defaultArenaDoc(), null, keys);
    expect(gaps).toEqual({ effects: [], lines: [] });
  });

  it('lists unlinked effects, effects without a measuring question, unmeasured effects and uncovered lines', () => {
    let doc = defaultArenaDoc();
    doc = { ...doc, cards: doc.cards.filter((c) => !c.lines.includes('B3')) };
    doc = addCard(doc, 'effecten', 'Trotse wijk').doc;
    doc = updateCard(addCard(doc, 'effecten', 'Eerder afsluiten').doc, 'k2', { questions: ['A11'] });
    const gaps = findGaps(doc, null, keys);
    expect(gaps.lines).toEqual(['B3', 'B4c']); // B and E both carried B3; E also B4c
    expect(gaps.effects).toEqual([
      { cardId: 'k1', title: 'Trotse wijk', reason: 'geen_koppeling' },
      { cardId: 'k2', title: 'Eerder afsluiten', reason: 'geen_meetvraag' },
    ]);
    // With results: an effect whose keys have no value yet is 'geen_meting'; the kengetal-only card is never a gap.
    const estimates = keys.map((key) => ({
      key,
      mean: key === 'substitutie_per_hh' ? 0.2 : null,
      ciLow: null,
      ciHigh: null,
      n: key === 'substitutie_per_hh' ? 10 : 0,
    }));
    const measured = findGaps(defaultArenaDoc(), estimates, keys).effects;
    expect(measured.map((g) => g.title)).not.toContain('C (Kosten)efficiënter');
    expect(measured.map((g) => g.title)).not.toContain('Inzet en meerkosten teams');
    expect(measured).toContainEqual({ cardId: 'effect-e', title: 'E Voorkomen terugval', reason: 'geen_meting' });
    expect(cardMeasurements(effect(defaultArenaDoc(), 'C (Kosten)efficiënter'), estimates).map((e) => e.key)).toEqual([
      'substitutie_per_hh',
    ]);
  });

  it('groups effect cards by MKBA line for the uitvoerscherm', () => {
    const byLine = effectsByLine(defaultArenaDoc());
    expect(byLine.B3?.map((e) => e.cardId)).toEqual(['effect-b', 'effect-e']);
    expect(Object.keys(byLine).sort()).toEqual([...LINE_CODES].sort());
    expect(effectsByLine(emptyDoc())).toEqual({});
  });
});

describe('workshop compare and merge', () => {
  const g1 = { id: 1, name: 'Groep 1', doc: defaultArenaDoc() };
  let d2 = addCard(defaultArenaDoc(), 'effecten', 'Minder schooluitval').doc;
  d2 = updateCard(d2, 'effect-b', { title: 'b meer en EERDER bereik!', lines: ['B3', 'B4c'] });
  d2 = { ...d2, arrows: d2.arrows.filter((a) => !(a.from === 'effect-a' && a.to === 'effect-c')) };
  const g2 = { id: 2, name: 'Groep 2', doc: addArrow(d2, 'effect-d', 'k1').doc };

  it('normalises titles for matching', () => {
    expect(normaliseTitle('  Meer  en eerder bereik! ')).toBe(normaliseTitle('meer en eerder bereik'));
    expect(normaliseTitle('(Kosten)efficiënter')).toBe('kosten efficienter');
  });

  it('shows where groups agree and differ', () => {
    const cmp = compareCanvases([g1, g2]);
    expect(cmp.cards.find((c) => c.title === 'B Meer en eerder bereik')).toMatchObject({
      groups: [1, 2],
      agreed: true,
    });
    expect(cmp.cards.find((c) => c.title === 'Minder schooluitval')).toMatchObject({ groups: [2], agreed: false });
    expect(
      cmp.arrows.find((a) => a.from === 'A Versterken basisinfra' && a.to === 'C (Kosten)efficiënter'),
    ).toMatchObject({ groups: [1], agreed: false });
    expect(cmp.arrows.find((a) => a.to === 'Minder schooluitval')).toMatchObject({ groups: [2] });
    expect(cmp.arrows.filter((a) => a.agreed)).toHaveLength(g1.doc.arrows.length - 1);
  });

  it('merges into one valid canvas: union of cards, links and arrows, matched cards combined', () => {
    const merged = mergeCanvases([g1, g2]);
    expect(arenaDocSchema.safeParse(merged).success).toBe(true);
    expect(merged.cards).toHaveLength(g1.doc.cards.length + 1);
    expect(merged.cards.find((c) => c.title === 'B Meer en eerder bereik')?.lines).toEqual(['B3', 'B4c']);
    expect(merged.arrows).toHaveLength(g1.doc.arrows.length + 1);
    const ys = merged.cards.filter((c) => c.column === 'effecten').map((c) => c.y);
    expect(new Set(ys).size).toBe(ys.length); // restacked, no overlap
    expect(merged.arrows.find((a) => a.dashed)).toBeDefined(); // B → E stays dashed: both groups drew it dashed
  });
});

describe('EffectenArena export sheet', () => {
  it('lists every card, arrow and link in one filterable table', async () => {
    const { arenaSheet, ARENA_SHEET_HEADER } = await import('@/lib/excel/arena-sheet');
    const doc = defaultArenaDoc();
    const labels = Object.fromEntries(codebookQuestions(codebookV1).map((q) => [q.code, q.label]));
    const sheet = arenaSheet(doc, labels);
    expect(sheet.name).toBe('EffectenArena');
    const col = (h: (typeof ARENA_SHEET_HEADER)[number]) => ARENA_SHEET_HEADER.indexOf(h);
    const of = (kind: string) => sheet.rows.filter((r) => r[0] === kind);
    expect(of('kaart')).toHaveLength(doc.cards.length);
    expect(of('pijl')).toHaveLength(doc.arrows.length);
    const links = doc.cards.reduce((n, c) => n + c.lines.length + c.questions.length, 0);
    expect(of('koppeling')).toHaveLength(links);
    const e = of('kaart').find((r) => r[col('id')] === 'effect-e')!;
    expect([e[col('kolom')], e[col('bedoeld')], e[col('direct')]]).toEqual(['4. Effecten', 'ja', 'ja']);
    expect(of('pijl').find((r) => r[col('verondersteld')] === 'ja')?.[col('naar')]).toBe(
      'effect-e: E Voorkomen terugval',
    );
    expect(of('koppeling')).toContainEqual(
      expect.arrayContaining(['effect-e', 'E Voorkomen terugval', 'B3', 'Voorkomen escalatie']),
    );
    expect(of('koppeling').find((r) => r[col('codeboekvraag')] === 'D.status')?.[col('omschrijving')]).toBe(
      'Escalaties: Status',
    );
    expect(sheet.rows.every((r) => r.length === ARENA_SHEET_HEADER.length)).toBe(true);
  });
});
