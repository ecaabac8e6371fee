/**
 * Turns raw audit entries into what people read: the case, the field and old → new as text.
 * Shared by the audit page and its xlsx export, so both say the same.
 */
import { describeEntry, type DescribeContext } from './describe';

export interface RawAuditEntry {
  id: number;
  at: number;
  actor: string;
  action: string;
  entity: string;
  entityId: string | null;
  oldValue: unknown;
  newValue: unknown;
}

export interface AuditLine {
  id: number;
  at: number;
  actor: string;
  action: string;
  dossier: string;
  field: string;
  oldText: string;
  newText: string;
}

export const ACTION_LABELS: Record<string, string> = {
  'answer.save': 'antwoord',
  'answer.clear_dependent': 'gewist (volgt uit ander antwoord)',
  'answer.check': 'te controleren',
  'case.finish': 'afgerond',
  'case.reopen': 'heropend',
  'case.quality_confirm': 'waarschuwing bevestigd',
  'case.approve': 'goedgekeurd',
  'case.unlock': 'ontgrendeld',
  'review.question': 'vraag',
  'review.answer': 'antwoord op vraag',
  'sample.replace': 'vervangen',
  'sample.draw': 'steekproef getrokken',
  'sample.archive': 'steekproef gearchiveerd',
  'frame.import': 'kader geïmporteerd',
  'tallies.import': 'turven teruggezet',
  export: 'export',
  'export.template': 'export sjabloon',
  'export.audit': 'export audittrail',
  'study.create': 'onderzoek aangemaakt',
  'study.lists': 'lijsten',
  'study.household_shares': 'verdeling huishoudens',
  'member.grant': 'toegang gegeven',
  'member.revoke': 'toegang ingetrokken',
  'auth.login': 'ingelogd',
  'auth.login_failed': 'inloggen mislukt',
  'auth.logout': 'uitgelogd',
  'user.create': 'account aangemaakt',
  'kengetal.set': 'kengetal',
  'kengetal.reset': 'kengetal teruggezet',
  'kengetal.range.set': 'bandbreedte',
  'kengetal.range.remove': 'bandbreedte verwijderd',
  'mkba.override.set': 'MKBA-correctie',
  'mkba.override.remove': 'MKBA-correctie verwijderd',
  'mkba.scenario.add': 'scenario toegevoegd',
  'mkba.scenario.delete': 'scenario verwijderd',
  'arena.save': 'EffectenArena',
  'arena.group.create': 'EffectenArena-groep',
  'arena.merge': 'EffectenArena samengevoegd',
};

/** The Dutch name of an action; an action without one is named by its area, never by its code. */
export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? ACTION_LABELS[action.split('.')[0]] ?? 'overige wijziging';
}

/** The sample item an entry concerns: an answer ("<item id>:<key>") or the item itself. */
export function entryItemId(e: Pick<RawAuditEntry, 'entity' | 'entityId'>): number | null {
  if (e.entity === 'case_answer' && e.entityId) return Number(e.entityId.slice(0, e.entityId.indexOf(':')));
  if (e.entity === 'sample_item' && e.entityId) return Number(e.entityId);
  return null;
}

export function auditLine(e: RawAuditEntry, dossiers: Map<number, string>, ctx: DescribeContext): AuditLine {
  const itemId = entryItemId(e);
  const d = describeEntry(e, itemId, ctx);
  return {
    id: e.id,
    at: e.at,
    actor: e.actor,
    action: actionLabel(e.action),
    dossier: itemId != null ? (dossiers.get(itemId) ?? `#${itemId}`) : '',
    field: d.field,
    oldText: d.oldText,
    newText: d.newText,
  };
}
