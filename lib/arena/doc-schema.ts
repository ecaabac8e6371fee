/**
 * The EffectenArena document (issue #9): the cards, arrows and links of one canvas, stored as
 * JSON in arena_canvases.doc. Versioned so a later shape can migrate old documents on read.
 */
import { z } from 'zod';
import { LINE_CODES } from '../mkba/types';

export const ARENA_DOC_VERSION = 1 as const;

/** The five columns of the Arena sheet, left to right (report appendix II, steps 1–5). */
export const ARENA_COLUMNS = ['probleem', 'interventie', 'investeerders', 'effecten', 'incasseerders'] as const;
export type ArenaColumn = (typeof ARENA_COLUMNS)[number];

export const COLUMN_LABELS: Record<ArenaColumn, string> = {
  probleem: '1. Probleemanalyse & doelstelling',
  interventie: '2. Nulalternatief & interventie',
  investeerders: '3. Investeerders',
  effecten: '4. Effecten',
  incasseerders: '5. Incasseerders',
};

const id = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/, 'Ongeldige sleutel');

export const arenaCardSchema = z.object({
  id,
  column: z.enum(ARENA_COLUMNS),
  title: z.string().trim().min(1, 'Geef de kaart een titel').max(120, 'Titel is te lang (max. 120 tekens)'),
  note: z.string().trim().max(1000, 'Toelichting is te lang (max. 1000 tekens)').default(''),
  /** Vertical position in its column (px); the column fixes the horizontal position. */
  y: z.number().finite().min(0).max(20000).default(0),
  /** Effect cards only: intended or not, direct or indirect (Arena step 4). */
  intended: z.boolean().default(true),
  direct: z.boolean().default(true),
  /** MKBA lines (domain.md §7) that value this effect. */
  lines: z.array(z.enum(LINE_CODES)).max(LINE_CODES.length).default([]),
  /** Codebook question codes ('A8', 'D.status', …) that measure this effect. */
  questions: z.array(z.string().trim().min(1).max(40)).max(40).default([]),
});

export const arenaArrowSchema = z.object({
  id,
  from: id,
  to: id,
  /** A presumed, not yet observed link: drawn dashed (the report's stippellijn for E). */
  dashed: z.boolean().default(false),
});

export const arenaDocSchema = z
  .object({
    version: z.literal(ARENA_DOC_VERSION),
    cards: z.array(arenaCardSchema).max(300, 'Te veel kaarten (max. 300)'),
    arrows: z.array(arenaArrowSchema).max(600, 'Te veel pijlen (max. 600)'),
  })
  .superRefine((doc, ctx) => {
    const ids = new Set<string>();
    doc.cards.forEach((c, i) => {
      if (ids.has(c.id))
        ctx.addIssue({ code: 'custom', path: ['cards', i, 'id'], message: `Kaart "${c.id}" staat dubbel` });
      ids.add(c.id);
    });
    const arrows = new Set<string>();
    doc.arrows.forEach((a, i) => {
      if (!ids.has(a.from) || !ids.has(a.to))
        ctx.addIssue({ code: 'custom', path: ['arrows', i], message: 'Pijl verwijst naar een onbekende kaart' });
      if (a.from === a.to)
        ctx.addIssue({ code: 'custom', path: ['arrows', i], message: 'Een pijl kan niet naar dezelfde kaart wijzen' });
      if (arrows.has(a.id))
        ctx.addIssue({ code: 'custom', path: ['arrows', i, 'id'], message: `Pijl "${a.id}" staat dubbel` });
      arrows.add(a.id);
    });
  });

export type ArenaDoc = z.infer<typeof arenaDocSchema>;
export type ArenaCard = z.infer<typeof arenaCardSchema>;
export type ArenaArrow = z.infer<typeof arenaArrowSchema>;
/** Input shape (defaults optional), for building cards in code and tests. */
export type ArenaCardInput = z.input<typeof arenaCardSchema>;

export const emptyDoc = (): ArenaDoc => ({ version: ARENA_DOC_VERSION, cards: [], arrows: [] });

/** Reads a stored document; a document of an unknown shape is an error, never silently emptied. */
export function parseArenaDoc(raw: unknown): ArenaDoc {
  return arenaDocSchema.parse(raw);
}
