/**
 * The audit page's search parameters, checked with zod: a repeated parameter (?wie=a&wie=b), a
 * date that is not a date or a page number that is not one is ignored with a Dutch notice,
 * never a server error.
 */
import { z } from 'zod';
import type { AuditQuery } from './filter';

export const AUDIT_PAGE_SIZE = 100;
/** Paging stops here: older entries are in the xlsx export (or narrow the filters). */
export const AUDIT_MAX_PAGE = 200;

const NAMES = {
  dossier: 'dossier',
  wie: 'wie',
  actie: 'actie',
  van: 'van',
  tot: 'tot en met',
  pagina: 'pagina',
} as const;
type Param = keyof typeof NAMES;

const text = z.string().trim().max(100, 'is langer dan 100 tekens');
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'is geen datum (jjjj-mm-dd)')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'is geen bestaande datum');
const page = z.coerce
  .number({ error: 'is geen getal' })
  .int('is geen heel getal')
  .min(1, 'moet 1 of meer zijn')
  .max(AUDIT_MAX_PAGE, `mag hoogstens ${AUDIT_MAX_PAGE} zijn`);

const SCHEMAS: Record<Param, z.ZodType<string | number>> = {
  dossier: text,
  wie: text,
  actie: text,
  van: day,
  tot: day,
  pagina: page,
};

export interface AuditSearch {
  query: AuditQuery;
  page: number;
  notices: string[];
}

export function parseAuditSearch(sp: Record<string, string | string[] | undefined>): AuditSearch {
  const notices: string[] = [];
  const value = (name: Param): string | number | undefined => {
    const raw = sp[name];
    if (raw === undefined || raw === '') return undefined;
    if (Array.isArray(raw)) {
      notices.push(
        `Het filter "${NAMES[name]}" is meer dan één keer opgegeven; kies één waarde. Dit filter is nu genegeerd.`,
      );
      return undefined;
    }
    const p = SCHEMAS[name].safeParse(raw);
    if (p.success) return p.data;
    notices.push(`Het filter "${NAMES[name]}" ${p.error.issues[0].message}; het is genegeerd.`);
    return undefined;
  };
  const s = (name: Param) => String(value(name) ?? '');
  const query: AuditQuery = {
    dossier: s('dossier'),
    actor: s('wie'),
    action: s('actie'),
    from: s('van'),
    to: s('tot'),
  };
  const p = value('pagina');
  return { query, page: typeof p === 'number' ? p : 1, notices };
}
