/**
 * The EffectenArena sheet of the steekproefbestand: the study canvas's cards, arrows and links
 * in one long table (filter on "soort"), so the policy theory travels with the data that tests it.
 */
import { COLUMN_LABELS, type ArenaDoc } from '../arena/doc-schema';
import { LINE_LABELS } from '../mkba/types';
import type { Cell } from './sample-rows';
import type { TableSheet } from './sample-workbook';

export const ARENA_SHEET_HEADER = [
  'soort',
  'id',
  'kolom',
  'titel',
  'toelichting',
  'bedoeld',
  'direct',
  'van',
  'naar',
  'verondersteld',
  'mkba_post',
  'codeboekvraag',
  'omschrijving',
] as const;

/**
 * Rows: every card ('kaart'), every arrow ('pijl', with both ends' titles) and every link of a
 * card to an MKBA line or a codebook question ('koppeling'). `questionLabels` maps question codes
 * to their Dutch text.
 */
export function arenaSheet(doc: ArenaDoc, questionLabels: Record<string, string>): TableSheet {
  const title = new Map(doc.cards.map((c) => [c.id, c.title]));
  const rows: Cell[][] = [];
  const row = (v: Partial<Record<(typeof ARENA_SHEET_HEADER)[number], string | null>>) =>
    rows.push(ARENA_SHEET_HEADER.map((h) => v[h] ?? null));
  const yesNo = (b: boolean) => (b ? 'ja' : 'nee');
  for (const c of doc.cards) {
    const effect = c.column === 'effecten';
    row({
      soort: 'kaart',
      id: c.id,
      kolom: COLUMN_LABELS[c.column],
      titel: c.title,
      toelichting: c.note || null,
      bedoeld: effect ? yesNo(c.intended) : null,
      direct: effect ? yesNo(c.direct) : null,
    });
  }
  for (const a of doc.arrows) {
    row({
      soort: 'pijl',
      id: a.id,
      van: `${a.from}: ${title.get(a.from) ?? ''}`,
      naar: `${a.to}: ${title.get(a.to) ?? ''}`,
      verondersteld: yesNo(a.dashed),
    });
  }
  for (const c of doc.cards) {
    for (const l of c.lines)
      row({ soort: 'koppeling', id: c.id, titel: c.title, mkba_post: l, omschrijving: LINE_LABELS[l] });
    for (const q of c.questions)
      row({ soort: 'koppeling', id: c.id, titel: c.title, codeboekvraag: q, omschrijving: questionLabels[q] ?? null });
  }
  return { name: 'EffectenArena', header: ARENA_SHEET_HEADER, rows };
}
