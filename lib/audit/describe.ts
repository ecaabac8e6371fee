/**
 * Audit entries as the interview shows them: the question's Dutch label (never its key) and
 * old → new as answer labels ("paar zonder kinderen", "ja"), statuses and reasons in words.
 * Why a separate step: the log stores raw JSON, which is right for the record but unreadable.
 */
import type { Codebook, StudyLists } from '../codebook/types';
import type { Entries } from '../interview/answer-keys';
import { answerKeyLabel, answerValueLabel } from '../interview/key-label';
import { kengetalLabel } from '../mkba/kengetallen';
import { UNUSABLE_REASONS } from '../sampling/unusable';
import { objectText, scalarText, statusText } from './values';

export interface DescribeContext {
  codebook: Codebook;
  lists: StudyLists;
  /** The case's current answers, so a trajectory row gets its number and type. */
  entriesOf: (itemId: number) => Entries;
}

export interface Described {
  field: string;
  oldText: string;
  newText: string;
}

type Obj = Record<string, unknown> | null;
const obj = (v: unknown): Obj =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

const REOPEN_REASONS: Record<string, string> = {
  gewijzigd: 'antwoord gewijzigd, niet meer compleet',
  oude_regels: 'onvolledig (oude regels)',
};

/** An answer value as the interview shows it; a list of codes as their labels. */
function answerText(ctx: DescribeContext, key: string, stored: unknown): string {
  const value = obj(stored) && 'value' in obj(stored)! ? obj(stored)!.value : stored === undefined ? null : stored;
  if (Array.isArray(value))
    return value.length ? value.map((v) => answerValueLabel(ctx.codebook, ctx.lists, key, v)).join(', ') : '(leeg)';
  return answerValueLabel(ctx.codebook, ctx.lists, key, value);
}

export function describeEntry(
  e: { action: string; entity: string; entityId: string | null; oldValue: unknown; newValue: unknown },
  itemId: number | null,
  ctx: DescribeContext,
): Described {
  const o = obj(e.oldValue);
  const n = obj(e.newValue);
  const entries = () => (itemId != null ? ctx.entriesOf(itemId) : {});
  const keyLabel = (key: unknown) =>
    typeof key === 'string' && key ? answerKeyLabel(ctx.codebook, ctx.lists, key, entries()).full : 'Hele dossier';
  if (e.entity === 'case_answer' && e.entityId) {
    const key = e.entityId.slice(e.entityId.indexOf(':') + 1);
    const field = keyLabel(key);
    if (e.action === 'answer.check')
      return { field, oldText: '', newText: `controleren: "${keyLabel(n?.because)}" is gewijzigd` };
    return {
      field,
      oldText: e.oldValue == null ? '(leeg)' : answerText(ctx, key, e.oldValue),
      newText: answerText(ctx, key, e.newValue),
    };
  }
  switch (e.action) {
    case 'case.finish':
      return { field: 'Status', oldText: statusText(o?.status), newText: statusText(n?.status) };
    case 'case.reopen':
      return {
        field: 'Status',
        oldText: statusText(o?.status),
        newText: `${statusText(n?.status)}: ${REOPEN_REASONS[String(n?.reason)] ?? 'heropend'}`,
      };
    case 'case.approve':
      return {
        field: 'Goedkeuring',
        oldText: 'niet vergrendeld',
        newText: `goedgekeurd en vergrendeld${n?.bulk ? ' (met andere dossiers van dit teamlid)' : ''}`,
      };
    case 'case.unlock':
      return {
        field: 'Goedkeuring',
        oldText: `vergrendeld${o?.lockedBy ? ` (goedgekeurd door ${o.lockedBy})` : ''}`,
        newText: `ontgrendeld: ${scalarText(n?.reason) ?? ''}`,
      };
    case 'case.quality_confirm':
      return { field: 'Waarschuwing', oldText: '', newText: `bevestigd: ${scalarText(n?.message) ?? ''}` };
    case 'review.question':
      return { field: keyLabel(n?.questionKey), oldText: '', newText: scalarText(n?.body) ?? '' };
    case 'review.answer':
      return { field: keyLabel(n?.questionKey), oldText: '', newText: scalarText(n?.body) ?? '' };
    case 'sample.replace': {
      const reason = UNUSABLE_REASONS[n?.reason as keyof typeof UNUSABLE_REASONS] ?? 'onbruikbaar';
      const note = typeof n?.note === 'string' && n.note ? ` (${n.note})` : '';
      return {
        field: 'Status',
        oldText: statusText(o?.status),
        newText: `onbruikbaar: ${reason}${note}; ${n?.reserve ? `reserve ${n.reserve} in gebruik` : 'geen reserve meer'}`,
      };
    }
    case 'kengetal.set':
    case 'kengetal.reset':
      return {
        field: kengetalLabel(e.entityId ?? '', ctx.lists),
        oldText: objectText(e.oldValue),
        newText: e.action === 'kengetal.reset' ? 'standaardwaarde' : objectText(e.newValue),
      };
    case 'kengetal.range.set':
    case 'kengetal.range.remove': {
      const range = (r: Obj) =>
        r ? `${scalarText(r.low)} – ${scalarText(r.high)}${r.source ? ` (${r.source})` : ''}` : '–';
      return {
        field: `Bandbreedte ${kengetalLabel(e.entityId ?? '', ctx.lists)}`,
        oldText: range(o),
        newText: range(n),
      };
    }
    case 'study.lists':
      return { field: 'Lijsten', oldText: '', newText: 'lijsten gewijzigd' };
    default:
      return {
        field: '',
        oldText: e.oldValue == null ? '' : objectText(e.oldValue),
        newText: e.newValue == null ? '' : objectText(e.newValue),
      };
  }
}
