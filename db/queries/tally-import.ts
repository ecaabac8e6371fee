import 'server-only';
import { inTransaction, type Db } from '../client';
import { writeAudit } from './audit';
import { getStudyCodebook, saveAnswers } from './answers';
import { getActiveDraw } from './sample-draws';
import { getCaseLock } from './case-locks';
import { planTallyImport, readSampleSheet, SampleFileError, type CurrentCase, type ImportConflict } from '@/lib/excel';
import type { ImportIssue } from '@/lib/import/types';

export type TallyImportResult =
  { ok: true; cases: number; answers: number } | { ok: false; errors: ImportIssue[]; conflicts: ImportConflict[] };

class Rollback extends Error {}

/**
 * Puts answers from a filled-in steekproefbestand or template into the study: every cell is
 * checked against the codebook, and a case changed in the app since the export is a conflict.
 * All or nothing: any error or conflict imports nothing.
 */
export async function importTallies(
  db: Db,
  input: { studyId: number; data: Uint8Array; actor: string },
): Promise<TallyImportResult> {
  let fileRows;
  try {
    fileRows = await readSampleSheet(input.data);
  } catch (err) {
    if (err instanceof SampleFileError)
      return { ok: false, errors: [{ row: null, column: null, value: null, reason: err.message }], conflicts: [] };
    throw err;
  }
  const draw = getActiveDraw(db, input.studyId);
  if (!draw)
    return {
      ok: false,
      errors: [{ row: null, column: null, value: null, reason: 'Er is nog geen steekproef getrokken.' }],
      conflicts: [],
    };
  const { codebook, lists } = getStudyCodebook(db, input.studyId);
  const rows = db.$client
    .prepare(
      `
    select si.id, fc.dossiernummer, si.status,
      (select json_group_object(question_key, json(value)) from case_answers where sample_item_id = si.id),
      (select json_group_object(question_key, revision) from case_answers where sample_item_id = si.id),
      (select coalesce(sum(revision), 0) from case_answers where sample_item_id = si.id)
    from sample_items si join frame_cases fc on fc.id = si.frame_case_id where si.draw_id = ?`,
    )
    .raw()
    .all(draw.id) as [number, string, string, string | null, string | null, number][];
  const current = new Map<string, CurrentCase>(
    rows.map(([itemId, dossier, status, entries, revisions, version]) => [
      dossier,
      { itemId, status, version, entries: JSON.parse(entries ?? '{}'), revisions: JSON.parse(revisions ?? '{}') },
    ]),
  );
  const plan = planTallyImport(fileRows, current, codebook, lists);
  if (plan.errors.length > 0 || plan.conflicts.length > 0)
    return { ok: false, errors: plan.errors, conflicts: plan.conflicts };
  const locked = plan.changes.filter((c) => getCaseLock(db, c.itemId));
  if (locked.length > 0) {
    return {
      ok: false,
      conflicts: [],
      errors: locked.map((c) => ({
        row: null,
        column: 'dossiernummer',
        value: c.dossiernummer,
        reason: `Dossier ${c.dossiernummer} is goedgekeurd en vergrendeld; ontgrendel het eerst (met reden). Er is niets opgeslagen.`,
      })),
    };
  }
  try {
    return inTransaction(db, () => {
      let answers = 0;
      for (const c of plan.changes) {
        const r = saveAnswers(db, {
          studyId: input.studyId,
          sampleItemId: c.itemId,
          changes: c.changes,
          actor: input.actor,
        });
        const refused = r.ok ? r.outcomes.find((o) => o.status !== 'saved') : null;
        if (!r.ok || refused)
          throw new Rollback(r.ok ? `${c.dossiernummer}: ${refused!.key} is niet opgeslagen.` : r.message);
        answers += c.changes.length;
      }
      writeAudit(db, {
        actor: input.actor,
        action: 'tallies.import',
        studyId: input.studyId,
        entity: 'study',
        entityId: input.studyId,
        newValue: { cases: plan.changes.length, answers },
      });
      return { ok: true as const, cases: plan.changes.length, answers };
    });
  } catch (err) {
    if (err instanceof Rollback)
      return {
        ok: false,
        errors: [{ row: null, column: null, value: null, reason: `${err.message} Er is niets opgeslagen.` }],
        conflicts: [],
      };
    throw err;
  }
}
