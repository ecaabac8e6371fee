import 'server-only';
import type { Db } from '../client';
import { writeAudit } from './audit';
import { getStudyCodebook } from './answers';
import { getActiveDraw } from './sample-draws';
import { listReplacements } from './sample-items';
import { getResults } from './results';
import { getStudy } from './studies';
import { arenaExportSheets } from './arena';
import { getMkba, type MkbaEstimates } from './mkba';
import { PARTIES } from '@/lib/codebook/defaults';
import { loadTallies } from './tallies';
import { UNUSABLE_REASONS, type UnusableReason } from '@/lib/sampling/unusable';
import {
  sampleWorkbookBuffer,
  buildTemplateWorkbook,
  mkbaSheets,
  sampleTable,
  toDutchCsv,
  type ExportCase,
  type SampleWorkbookInput,
  type TableSheet,
} from '@/lib/excel';
import type { Entries } from '@/lib/interview/answer-keys';
import { prefilledKeys } from '@/lib/interview/prefill';

export const APP_VERSION = process.env.npm_package_version ?? '0.1.0';

/** Everything the steekproefbestand holds, from the active draw: every sampled case except unused reserves. */
export function loadExportInput(db: Db, studyId: number): SampleWorkbookInput | null {
  const study = getStudy(db, studyId);
  const draw = getActiveDraw(db, studyId);
  if (!study || !draw) return null;
  const { codebook, lists } = getStudyCodebook(db, studyId);
  const rows = db.$client
    .prepare(
      `
    select si.id, fc.dossiernummer, t.name, cw.name, fc.start_date, si.status, si.role, si.unusable_reason, fc.household_type,
      (select json_group_object(question_key, json(value)) from case_answers where sample_item_id = si.id),
      (select coalesce(sum(revision), 0) from case_answers where sample_item_id = si.id)
    from sample_items si join frame_cases fc on fc.id = si.frame_case_id join caseworkers cw on cw.id = si.caseworker_id join teams t on t.id = fc.team_id
    where si.draw_id = ? and si.status != 'reserve' order by cw.name, si.position`,
    )
    .raw()
    .all(draw.id) as [
    number,
    string,
    string,
    string,
    string | null,
    string,
    string,
    string | null,
    string | null,
    string | null,
    number,
  ][];
  const N = new Map(draw.certificate.strata.map((s) => [s.caseworker, s.N]));
  const n = new Map<string, number>();
  for (const r of rows) if (r[5] === 'besproken') n.set(r[3], (n.get(r[3]) ?? 0) + 1);
  // Finished cases use their stored tally, the same one the estimates use.
  const tallyOf = new Map(loadTallies(db, draw.id, codebook, lists).map((t) => [t.itemId, t.tally]));
  const cases: ExportCase[] = rows.map(
    ([id, dossiernummer, team, teamlid, startDate, status, role, reason, householdType, json, answersVersion]) => {
      const entries = JSON.parse(json ?? '{}') as Entries;
      return {
        dossiernummer,
        team,
        teamlid,
        startDate,
        status,
        role,
        answersVersion,
        unusableReason: reason ? (UNUSABLE_REASONS[reason as UnusableReason] ?? reason) : null,
        N: N.get(teamlid) ?? 0,
        n: n.get(teamlid) ?? 0,
        weight: status === 'besproken' ? (N.get(teamlid) ?? 0) / (n.get(teamlid) ?? 1) : null,
        entries,
        prefilled: prefilledKeys({ householdType, startDate }, entries),
        tally: tallyOf.get(id) ?? null,
      };
    },
  );
  const c = draw.certificate;
  const results = getResults(db, studyId);
  return {
    cases,
    codebook,
    lists,
    inputs: results?.inputs ?? [],
    design: { df: results?.df ?? null, sample: results?.sample ?? null },
    exportedAt: new Date(),
    appVersion: APP_VERSION,
    accountability: {
      study: { id: study.id, name: study.name, municipality: study.municipality, year: study.year },
      algorithm: c.algorithm,
      seed: c.seed,
      frameSha256: c.frameSha256,
      version: c.version,
      drawnBy: c.drawnBy,
      drawnAt: new Date(c.drawnAt),
      perCaseworker: c.perCaseworker,
      reserves: c.reserves,
      replacements: listReplacements(db, draw.id).map((r) => ({
        at: new Date(r.replacedAt),
        by: r.replacedBy,
        caseworker: r.caseworker,
        unusable: r.unusable,
        reason: UNUSABLE_REASONS[r.reason as UnusableReason] ?? r.reason,
        note: r.note,
        reserve: r.reserve,
      })),
    },
  };
}

/** The workbook as bytes, with the export recorded in the audit log. */
export async function exportSampleFile(
  db: Db,
  studyId: number,
  format: 'xlsx' | 'csv',
  actor: string,
): Promise<Buffer | null> {
  const input = loadExportInput(db, studyId);
  if (!input) return null;
  writeAudit(db, {
    actor,
    action: 'export',
    studyId,
    entity: 'study',
    entityId: studyId,
    newValue: { format, cases: input.cases.length },
  });
  if (format === 'csv') {
    const t = sampleTable(input.cases, input.codebook, input.lists);
    return Buffer.from(toDutchCsv(t.header, t.rows), 'utf8');
  }
  // The estimates are in `input` already: the MKBA sheets use them instead of estimating again.
  const estimates = {
    inputs: input.inputs,
    n: input.cases.filter((c) => c.status === 'besproken').length,
    ...input.design,
  };
  return sampleWorkbookBuffer({
    ...input,
    extraSheets: [
      ...(input.extraSheets ?? []),
      ...mkbaExportSheets(db, studyId, estimates),
      ...arenaExportSheets(db, studyId),
    ],
  });
}

/** The MKBA sheets, computed exactly as the uitvoerscherm does. */
function mkbaExportSheets(db: Db, studyId: number, estimates: MkbaEstimates): TableSheet[] {
  const m = getMkba(db, studyId, { estimates });
  return mkbaSheets({ ...m, partyLabels: Object.fromEntries(PARTIES.map((p) => [p.code, p.label])) });
}

/** The offline template of one caseworker: their cases to discuss, empty answer columns with dropdowns. */
export async function exportTemplateFile(
  db: Db,
  studyId: number,
  caseworker: string,
  actor: string,
): Promise<Buffer | null> {
  const input = loadExportInput(db, studyId);
  if (!input) return null;
  const cases = input.cases.filter((c) => c.teamlid === caseworker && c.status !== 'onbruikbaar');
  if (cases.length === 0) return null;
  writeAudit(db, {
    actor,
    action: 'export.template',
    studyId,
    entity: 'study',
    entityId: studyId,
    newValue: { caseworker, cases: cases.length },
  });
  return Buffer.from(await buildTemplateWorkbook(cases, input.codebook, input.lists).xlsx.writeBuffer());
}
