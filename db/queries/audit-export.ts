import 'server-only';
import ExcelJS from 'exceljs';
import type { Db } from '../client';
import { writeAudit } from './audit';
import { countAuditTrail, dossierLabels, findItemByDossier, listAuditTrail } from './audit-trail';
import { getAnswers, getStudyCodebook } from './answers';
import { auditLine, type AuditLine } from '@/lib/audit/rows';
import type { DescribeContext } from '@/lib/audit/describe';
import { dayBounds, type AuditQuery } from '@/lib/audit/filter';

export type AuditResult = { ok: true; lines: AuditLine[]; total: number } | { ok: false; message: string };

/** Labels the entries with the case's current answers (read once per case). */
function describeContext(db: Db, studyId: number): DescribeContext {
  const { codebook, lists } = getStudyCodebook(db, studyId);
  const cache = new Map<number, Record<string, unknown>>();
  const entriesOf = (itemId: number) => {
    if (!cache.has(itemId))
      cache.set(itemId, Object.fromEntries(Object.entries(getAnswers(db, itemId)).map(([k, a]) => [k, a.value])));
    return cache.get(itemId)!;
  };
  return { codebook, lists, entriesOf };
}

/**
 * The audit trail a user may see under these filters, newest first; `page` picks a slice for
 * the page (the export takes everything up to its bound). A team lead (teamIds set) sees only
 * entries about their own team's cases.
 */
export function loadAuditLines(
  db: Db,
  studyId: number,
  q: AuditQuery,
  teamIds: number[] | null,
  page?: { limit: number; offset: number },
): AuditResult {
  let itemId: number | null = null;
  if (q.dossier) {
    itemId = findItemByDossier(db, studyId, q.dossier, teamIds);
    if (itemId == null)
      return {
        ok: false,
        message: `Dossier ${q.dossier} zit niet in de steekproef${teamIds ? ' van jouw team' : ''}.`,
      };
  }
  const { from, to } = dayBounds(q);
  const filter = { itemId, teamIds, actor: q.actor || null, action: q.action || null, from, to };
  const labels = dossierLabels(db, studyId);
  const rows = listAuditTrail(db, studyId, { ...filter, ...page });
  const ctx = describeContext(db, studyId);
  return {
    ok: true,
    lines: rows.map((r) => auditLine(r, labels, ctx)),
    total: page ? countAuditTrail(db, studyId, filter) : rows.length,
  };
}

/** The filtered audit trail as xlsx; the export itself is logged. */
export async function exportAuditFile(
  db: Db,
  studyId: number,
  q: AuditQuery,
  teamIds: number[] | null,
  actor: string,
): Promise<AuditResult & { data?: Buffer }> {
  const result = loadAuditLines(db, studyId, q, teamIds);
  if (!result.ok) return result;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Audittrail');
  ws.columns = [
    { header: 'Tijdstip', key: 'at', width: 20 },
    { header: 'Wie', key: 'actor', width: 18 },
    { header: 'Actie', key: 'action', width: 20 },
    { header: 'Dossier', key: 'dossier', width: 12 },
    { header: 'Veld', key: 'field', width: 26 },
    { header: 'Oud', key: 'oldText', width: 30 },
    { header: 'Nieuw', key: 'newText', width: 30 },
  ];
  for (const l of result.lines) ws.addRow({ ...l, at: new Date(l.at) }).getCell('at').numFmt = 'dd-mm-yyyy hh:mm:ss';
  for (const c of ['oldText', 'newText', 'dossier', 'field']) ws.getColumn(c).numFmt = '@';
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.autoFilter = { from: 'A1', to: 'G1' };
  ws.getRow(1).font = { bold: true };
  const data = Buffer.from(await wb.xlsx.writeBuffer());
  writeAudit(db, {
    actor,
    action: 'export.audit',
    studyId,
    entity: 'study',
    entityId: studyId,
    newValue: { filters: q, rows: result.lines.length },
  });
  return { ...result, data };
}
