/**
 * The link checks of the Arena: which predicted effects nothing measures, and which MKBA lines
 * no effect explains. Both are gaps in the policy theory that the report would otherwise hide.
 */
import { LINE_CODES, type LineCode } from '../mkba/types';
import type { ArenaDoc } from './doc-schema';
import { cardInputKeys, cardMeasurements, LINE_INPUT_KEYS, type Estimate } from './measures';

export type EffectGapReason = 'geen_koppeling' | 'geen_meetvraag' | 'geen_meting';

export const GAP_LABELS: Record<EffectGapReason, string> = {
  geen_koppeling: 'niet gekoppeld aan een MKBA-post of codeboekvraag',
  geen_meetvraag: 'geen codeboekvraag meet dit effect',
  geen_meting: 'nog geen meting uit de interviews',
};

export interface ArenaGaps {
  effects: { cardId: string; title: string; reason: EffectGapReason }[];
  lines: LineCode[];
}

/**
 * Gaps of a canvas. `estimates` null means "no results yet" (then only linking is checked).
 * An effect valued only by kengetal lines (K1, K2, B1a) needs no interview measurement.
 */
export function findGaps(doc: ArenaDoc, estimates: readonly Estimate[] | null, allKeys: readonly string[]): ArenaGaps {
  const effects: ArenaGaps['effects'] = [];
  const covered = new Set<LineCode>();
  for (const card of doc.cards) {
    if (card.column !== 'effecten') continue;
    card.lines.forEach((l) => covered.add(l));
    const kengetalOnly = card.lines.length > 0 && card.lines.every((l) => LINE_INPUT_KEYS[l].length === 0);
    let reason: EffectGapReason | null = null;
    if (card.lines.length === 0 && card.questions.length === 0) reason = 'geen_koppeling';
    else if (kengetalOnly && card.questions.length === 0) reason = null;
    else if (cardInputKeys(card, allKeys).length === 0) reason = 'geen_meetvraag';
    else if (estimates && cardMeasurements(card, estimates).length === 0) reason = 'geen_meting';
    if (reason) effects.push({ cardId: card.id, title: card.title, reason });
  }
  return { effects, lines: LINE_CODES.filter((l) => !covered.has(l)) };
}
