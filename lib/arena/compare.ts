/**
 * Workshop mode: several groups draw the same study's theory. Comparing matches cards by column
 * and normalised title, and arrows by their matched ends, so "Meer en eerder bereik!" in one
 * group and "meer en eerder  bereik" in another count as the same card.
 */
import type { ArenaColumn, ArenaDoc } from './doc-schema';

export interface GroupCanvas {
  id: number;
  name: string;
  doc: ArenaDoc;
}

/** Lowercase, without accents, punctuation or repeated spaces. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export const cardKey = (c: { column: ArenaColumn; title: string }) => `${c.column}|${normaliseTitle(c.title)}`;

export interface ComparedCard {
  key: string;
  column: ArenaColumn;
  title: string;
  groups: number[];
  agreed: boolean;
}
export interface ComparedArrow {
  key: string;
  from: string;
  to: string;
  groups: number[];
  agreed: boolean;
}
export interface Comparison {
  groups: { id: number; name: string }[];
  cards: ComparedCard[];
  arrows: ComparedArrow[];
}

/** Arrows of one doc as "fromKey → toKey". */
export function arrowKeys(doc: ArenaDoc): Map<string, { from: string; to: string }> {
  const byId = new Map(doc.cards.map((c) => [c.id, c]));
  const out = new Map<string, { from: string; to: string }>();
  for (const a of doc.arrows) {
    const from = byId.get(a.from);
    const to = byId.get(a.to);
    if (from && to) out.set(`${cardKey(from)}→${cardKey(to)}`, { from: from.title, to: to.title });
  }
  return out;
}

/** Cards and arrows of all groups, each with the groups that drew it; `agreed` = every group did. */
export function compareCanvases(groups: readonly GroupCanvas[]): Comparison {
  const cards = new Map<string, ComparedCard>();
  const arrows = new Map<string, ComparedArrow>();
  for (const g of groups) {
    for (const c of g.doc.cards) {
      const key = cardKey(c);
      const hit = cards.get(key) ?? { key, column: c.column, title: c.title, groups: [], agreed: false };
      if (!hit.groups.includes(g.id)) hit.groups.push(g.id);
      cards.set(key, hit);
    }
    for (const [key, a] of arrowKeys(g.doc)) {
      const hit = arrows.get(key) ?? { key, from: a.from, to: a.to, groups: [], agreed: false };
      if (!hit.groups.includes(g.id)) hit.groups.push(g.id);
      arrows.set(key, hit);
    }
  }
  const done = <T extends { groups: number[]; agreed: boolean }>(x: T) => ({
    ...x,
    agreed: x.groups.length === groups.length,
  });
  return {
    groups: groups.map(({ id, name }) => ({ id, name })),
    cards: [...cards.values()].map(done),
    arrows: [...arrows.values()].map(done),
  };
}
