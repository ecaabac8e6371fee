/**
 * Merging the groups' canvases into the study canvas: the union of what the groups drew, with
 * matching cards (same column and normalised title) combined into one card whose links are the
 * union of the groups' links. Nothing a group drew is lost; the researcher prunes afterwards.
 */
import { ARENA_COLUMNS, ARENA_DOC_VERSION, type ArenaCard, type ArenaDoc } from './doc-schema';
import { LINE_CODES } from '../mkba/types';
import { cardKey, type GroupCanvas } from './compare';
import { CARD_SLOT, HEADER_HEIGHT, nextId } from './edit';

const union = <T>(a: readonly T[], b: readonly T[]) => [...a, ...b.filter((x) => !a.includes(x))];

export function mergeCanvases(groups: readonly GroupCanvas[]): ArenaDoc {
  const byKey = new Map<string, ArenaCard>();
  const idOf = new Map<string, string>(); // `${group}:${cardId}` → merged id
  for (const g of groups) {
    for (const c of g.doc.cards) {
      const key = cardKey(c);
      let m = byKey.get(key);
      if (!m) {
        m = {
          ...c,
          id: nextId(
            [...byKey.values()].map((x) => x.id),
            'k',
          ),
          lines: [...c.lines],
          questions: [...c.questions],
        };
        byKey.set(key, m);
      } else {
        m.lines = LINE_CODES.filter((l) => union(m!.lines, c.lines).includes(l));
        m.questions = union(m.questions, c.questions);
        if (c.note && !m.note.includes(c.note)) m.note = [m.note, c.note].filter(Boolean).join(' / ').slice(0, 1000);
      }
      idOf.set(`${g.id}:${c.id}`, m.id);
    }
  }
  // Restack each column: the groups' y positions overlap once combined.
  const cards = ARENA_COLUMNS.flatMap((col) =>
    [...byKey.values()].filter((c) => c.column === col).map((c, i) => ({ ...c, y: HEADER_HEIGHT + i * CARD_SLOT })),
  );
  const arrows: ArenaDoc['arrows'] = [];
  for (const g of groups) {
    for (const a of g.doc.arrows) {
      const from = idOf.get(`${g.id}:${a.from}`);
      const to = idOf.get(`${g.id}:${a.to}`);
      if (!from || !to || from === to) continue;
      const same = arrows.find((x) => x.from === from && x.to === to);
      if (same)
        same.dashed = same.dashed && a.dashed; // solid as soon as one group saw it solid
      else arrows.push({ id: `p${arrows.length + 1}`, from, to, dashed: a.dashed });
    }
  }
  return { version: ARENA_DOC_VERSION, cards, arrows };
}
