/**
 * Turns raw audit entries into what people read: the case, the field and old → new as text.
 * Shared by the audit page and its xlsx export, so both say the same.
 */

export interface RawAuditEntry {
  id: number; at: number; actor: string; action: string; entity: string; entityId: string | null;
  oldValue: unknown; newValue: unknown;
}

export interface AuditLine {
  id: number; at: number; actor: string; action: string; dossier: string; field: string; oldText: string; newText: string;
}

export const ACTION_LABELS: Record<string, string> = {
  'answer.save': 'antwoord', 'case.finish': 'afgerond', 'case.approve': 'goedgekeurd', 'case.unlock': 'ontgrendeld',
  'review.question': 'vraag', 'review.answer': 'antwoord op vraag', 'sample.replace': 'vervangen', 'sample.draw': 'steekproef getrokken',
  'sample.archive': 'steekproef gearchiveerd', 'frame.import': 'kader geïmporteerd', 'tallies.import': 'turven teruggezet',
  export: 'export', 'export.template': 'export sjabloon', 'export.audit': 'export audittrail', 'study.create': 'onderzoek aangemaakt',
  'study.lists': 'lijsten', 'study.household_shares': 'verdeling huishoudens', 'member.grant': 'toegang gegeven', 'member.revoke': 'toegang ingetrokken',
  'auth.login': 'ingelogd', 'auth.login_failed': 'inloggen mislukt', 'auth.logout': 'uitgelogd', 'user.create': 'account aangemaakt',
};

/** A value as one line of text; an answer's {value, revision} shows the value and its revision. */
export function valueText(v: unknown): string {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'object' && !Array.isArray(v) && 'revision' in (v as object) && 'value' in (v as object)) {
    const { value, revision } = v as { value: unknown; revision: number };
    return `${valueText(value)} (rev. ${revision})`;
  }
  if (typeof v === 'string') return v;
  return JSON.stringify(v);
}

export function auditLine(e: RawAuditEntry, dossiers: Map<number, string>): AuditLine {
  let itemId: number | null = null;
  let field = '';
  if (e.entity === 'case_answer' && e.entityId) {
    const i = e.entityId.indexOf(':');
    itemId = Number(e.entityId.slice(0, i));
    field = e.entityId.slice(i + 1);
  } else if (e.entity === 'sample_item' && e.entityId) itemId = Number(e.entityId);
  const nv = e.newValue as Record<string, unknown> | null;
  if (!field && nv && typeof nv === 'object' && typeof nv.questionKey === 'string') field = nv.questionKey;
  return {
    id: e.id, at: e.at, actor: e.actor, action: ACTION_LABELS[e.action] ?? e.action,
    dossier: itemId != null ? dossiers.get(itemId) ?? `#${itemId}` : '', field, oldText: valueText(e.oldValue), newText: valueText(e.newValue),
  };
}
