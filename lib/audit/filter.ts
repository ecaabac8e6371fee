/** The audit page's filters from its URL (?dossier=&wie=&actie=&van=&tot=), shared with the xlsx export. */
export interface AuditQuery {
  dossier: string;
  actor: string;
  action: string;
  from: string;
  to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function parseAuditQuery(get: (name: string) => string | null | undefined): AuditQuery {
  const v = (n: string) => (get(n) ?? '').trim().slice(0, 100);
  return {
    dossier: v('dossier'),
    actor: v('wie'),
    action: v('actie'),
    from: DAY.test(v('van')) ? v('van') : '',
    to: DAY.test(v('tot')) ? v('tot') : '',
  };
}

/** Day bounds in UTC milliseconds: van from 00:00, tot up to and including 23:59:59.999. */
export function dayBounds(q: AuditQuery): { from: number | null; to: number | null } {
  return {
    from: q.from ? Date.parse(`${q.from}T00:00:00Z`) : null,
    to: q.to ? Date.parse(`${q.to}T00:00:00Z`) + 86_400_000 - 1 : null,
  };
}

export function auditQueryString(q: AuditQuery): string {
  const p = new URLSearchParams();
  if (q.dossier) p.set('dossier', q.dossier);
  if (q.actor) p.set('wie', q.actor);
  if (q.action) p.set('actie', q.action);
  if (q.from) p.set('van', q.from);
  if (q.to) p.set('tot', q.to);
  return p.toString();
}
