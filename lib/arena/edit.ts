/**
 * Pure edits of an Arena document. The editor applies them to its state and the tests call them
 * directly, so "add, edit, move, link" behave the same with mouse, keyboard and in tests.
 */
import { ARENA_COLUMNS, type ArenaCard, type ArenaColumn, type ArenaDoc } from './doc-schema';

/** Canvas geometry: the column fixes x, cards stack in slots of CARD_SLOT px. */
export const COLUMN_WIDTH = 250;
export const COLUMN_GAP = 40;
export const CARD_WIDTH = 210;
export const CARD_SLOT = 118;
export const HEADER_HEIGHT = 56;

export const columnX = (column: ArenaColumn) =>
  ARENA_COLUMNS.indexOf(column) * (COLUMN_WIDTH + COLUMN_GAP) + (COLUMN_WIDTH - CARD_WIDTH) / 2;

/** The column whose band contains x (a card dropped between columns goes to the nearest). */
export function columnAt(x: number): ArenaColumn {
  const i = Math.round((x - (COLUMN_WIDTH - CARD_WIDTH) / 2) / (COLUMN_WIDTH + COLUMN_GAP));
  return ARENA_COLUMNS[Math.min(ARENA_COLUMNS.length - 1, Math.max(0, i))];
}

/** First free id with the prefix ('k1', 'k2', …), so ids stay short and readable in the export. */
export function nextId(taken: Iterable<string>, prefix: string): string {
  const set = new Set(taken);
  let i = 1;
  while (set.has(`${prefix}${i}`)) i++;
  return `${prefix}${i}`;
}

/** y below the lowest card of a column. */
export function bottomOf(doc: ArenaDoc, column: ArenaColumn, except?: string): number {
  const ys = doc.cards.filter((c) => c.column === column && c.id !== except).map((c) => c.y + CARD_SLOT);
  return ys.length ? Math.max(...ys) : HEADER_HEIGHT;
}

export function addCard(doc: ArenaDoc, column: ArenaColumn, title: string): { doc: ArenaDoc; id: string } {
  const id = nextId(
    doc.cards.map((c) => c.id),
    'k',
  );
  const card: ArenaCard = {
    id,
    column,
    title: title.trim(),
    note: '',
    y: bottomOf(doc, column),
    intended: true,
    direct: true,
    lines: [],
    questions: [],
  };
  return { doc: { ...doc, cards: [...doc.cards, card] }, id };
}

export function updateCard(doc: ArenaDoc, id: string, patch: Partial<Omit<ArenaCard, 'id'>>): ArenaDoc {
  return { ...doc, cards: doc.cards.map((c) => (c.id === id ? { ...c, ...patch } : c)) };
}

/** Moves a card to another column, at the bottom of it; a card already there stays put. */
export function moveCard(doc: ArenaDoc, id: string, column: ArenaColumn): ArenaDoc {
  const card = doc.cards.find((c) => c.id === id);
  if (!card || card.column === column) return doc;
  return updateCard(doc, id, { column, y: bottomOf(doc, column, id) });
}

/** Moves a card one column left (-1) or right (+1). */
export function shiftCard(doc: ArenaDoc, id: string, step: -1 | 1): ArenaDoc {
  const card = doc.cards.find((c) => c.id === id);
  if (!card) return doc;
  const i = ARENA_COLUMNS.indexOf(card.column) + step;
  return i < 0 || i >= ARENA_COLUMNS.length ? doc : moveCard(doc, id, ARENA_COLUMNS[i]);
}

export function removeCard(doc: ArenaDoc, id: string): ArenaDoc {
  return {
    ...doc,
    cards: doc.cards.filter((c) => c.id !== id),
    arrows: doc.arrows.filter((a) => a.from !== id && a.to !== id),
  };
}

/** Adds an arrow; a self-link or a duplicate is refused with a Dutch reason. */
export function addArrow(doc: ArenaDoc, from: string, to: string, dashed = false): { doc: ArenaDoc; error?: string } {
  if (from === to) return { doc, error: 'Een pijl kan niet naar dezelfde kaart wijzen.' };
  if (!doc.cards.some((c) => c.id === from) || !doc.cards.some((c) => c.id === to))
    return { doc, error: 'Kies twee bestaande kaarten.' };
  if (doc.arrows.some((a) => a.from === from && a.to === to)) return { doc, error: 'Deze pijl bestaat al.' };
  const id = nextId(
    doc.arrows.map((a) => a.id),
    'p',
  );
  return { doc: { ...doc, arrows: [...doc.arrows, { id, from, to, dashed }] } };
}

export function removeArrow(doc: ArenaDoc, id: string): ArenaDoc {
  return { ...doc, arrows: doc.arrows.filter((a) => a.id !== id) };
}

export function updateArrow(doc: ArenaDoc, id: string, patch: { dashed: boolean }): ArenaDoc {
  return { ...doc, arrows: doc.arrows.map((a) => (a.id === id ? { ...a, ...patch } : a)) };
}
