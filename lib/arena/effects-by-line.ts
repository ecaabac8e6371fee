/**
 * Which Arena effect each MKBA line comes from: the uitvoerscherm shows it per line so a reader
 * can trace a euro amount back to the policy theory that predicted it.
 */
import type { LineCode } from '../mkba/types';
import type { ArenaDoc } from './doc-schema';

export type EffectsByLine = Partial<Record<LineCode, { cardId: string; title: string }[]>>;

/** Effect cards grouped by the MKBA lines they link to, in card order; lines without effects are absent. */
export function effectsByLine(doc: ArenaDoc): EffectsByLine {
  const out: EffectsByLine = {};
  for (const card of doc.cards) {
    if (card.column !== 'effecten') continue;
    for (const line of card.lines) (out[line] ??= []).push({ cardId: card.id, title: card.title });
  }
  return out;
}
