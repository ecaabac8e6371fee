/**
 * The save action's input, checked at the boundary. Why: a request is JSON the browser (or anyone)
 * sends; a change with a non-integer baseRevision used to be dropped without a word, and more than
 * 200 changes were cut off silently. Now a malformed request gets a Dutch message, and a malformed
 * change gets its own 'rejected' outcome while the others are saved.
 */
import { z } from 'zod';
import type { AnswerChange, SaveOutcome } from './types';

export const MAX_CHANGES = 200;

const envelope = z.object(
  {
    sampleItemId: z
      .number({ error: 'Ongeldig verzoek: dossier ontbreekt.' })
      .int('Ongeldig verzoek: dossier ontbreekt.')
      .positive('Ongeldig verzoek: dossier ontbreekt.'),
    changes: z
      .array(z.unknown(), { error: 'Ongeldig verzoek: geen wijzigingen.' })
      .max(MAX_CHANGES, `Te veel wijzigingen in één verzoek (hoogstens ${MAX_CHANGES}). Herlaad de pagina.`),
  },
  { error: 'Ongeldig verzoek.' },
);

const change = z.object({
  key: z.string().min(1).max(200),
  value: z.unknown(),
  baseRevision: z
    .number({ error: 'de versie ontbreekt' })
    .int('de versie moet een geheel getal zijn')
    .min(0, 'de versie kan niet negatief zijn'),
});

export type ParsedSaveRequest =
  { ok: true; sampleItemId: number; changes: AnswerChange[]; rejected: SaveOutcome[] } | { ok: false; message: string };

export function parseSaveRequest(raw: unknown): ParsedSaveRequest {
  const e = envelope.safeParse(raw);
  if (!e.success) return { ok: false, message: e.error.issues[0].message };
  const changes: AnswerChange[] = [];
  const rejected: SaveOutcome[] = [];
  for (const c of e.data.changes) {
    const p = change.safeParse(c);
    if (p.success) changes.push(p.data as AnswerChange);
    else if (typeof (c as { key?: unknown })?.key === 'string' && (c as { key: string }).key.length <= 200) {
      rejected.push({
        key: (c as { key: string }).key,
        status: 'rejected',
        message: `Niet opgeslagen: ${p.error.issues[0].message}. Herlaad de pagina.`,
      });
    } else {
      return { ok: false, message: 'Ongeldig verzoek: een wijziging heeft geen geldige vraag.' };
    }
  }
  return { ok: true, sampleItemId: e.data.sampleItemId, changes, rejected };
}
