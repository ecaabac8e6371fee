import 'server-only';
import { Refusal } from '@/lib/refusal';
import { eq, sql } from 'drizzle-orm';
import { inTransaction, type Db } from '../client';
import { caseworkers, frameCases, frameImports, sampleDraws, studies, teams } from '../schema';
import { writeAudit } from './audit';
import {
  frameCounts,
  parseFrameFile,
  type FrameRow,
  type ImportIssue,
  type ParseOptions,
  type ParsedFrame,
} from '@/lib/import';
import { hasPersonalData } from '@/lib/privacy';

/** A refusal the user can act on; its message is Dutch and safe to show. */
export class FrameImportRefused extends Refusal {}

export interface FrameMeta {
  fileName: string;
  fileSha256: string;
  warnings: ImportIssue[];
}

/**
 * Replaces a study's frame in one synchronous transaction: either every row is stored or none.
 * Refused once a sample exists, because the sample's certificate hashes this frame.
 */
export function replaceFrame(db: Db, studyId: number, rows: FrameRow[], meta: FrameMeta, actor: string): number {
  return inTransaction(db, () => {
    if (!db.select({ id: studies.id }).from(studies).where(eq(studies.id, studyId)).get()) {
      throw new FrameImportRefused(`Onderzoek ${studyId} bestaat niet.`);
    }
    const locked = frameLockReason(db, studyId);
    if (locked) throw new FrameImportRefused(locked);
    const previous = db
      .select({ n: sql<number>`count(*)` })
      .from(frameCases)
      .where(eq(frameCases.studyId, studyId))
      .get()!.n;
    db.delete(frameCases).where(eq(frameCases.studyId, studyId)).run();
    db.delete(caseworkers).where(eq(caseworkers.studyId, studyId)).run();
    db.delete(teams).where(eq(teams.studyId, studyId)).run();

    const teamIds = new Map<string, number>();
    const workerIds = new Map<string, number>();
    const insertTeam = db.$client.prepare('insert into teams (study_id, name) values (?, ?)');
    const insertWorker = db.$client.prepare('insert into caseworkers (study_id, name) values (?, ?)');
    // Plain prepared statement for the bulk rows: 100,000 rows through the query builder cost seconds.
    const insertCase = db.$client.prepare(
      'insert into frame_cases (study_id, dossiernummer, caseworker_id, team_id, household_type, start_date, status, source_row) values (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (const r of rows) {
      let teamId = teamIds.get(r.team);
      if (teamId === undefined) teamIds.set(r.team, (teamId = Number(insertTeam.run(studyId, r.team).lastInsertRowid)));
      let workerId = workerIds.get(r.teamlid);
      if (workerId === undefined)
        workerIds.set(r.teamlid, (workerId = Number(insertWorker.run(studyId, r.teamlid).lastInsertRowid)));
      insertCase.run(studyId, r.dossiernummer, workerId, teamId, r.huishoudtype, r.startdatum, r.status, r.row);
    }
    const warnings = meta.warnings.map((w) => w.reason);
    // A file name can carry personal data too ("caseload jan@…"): it is kept only when it passes the guard.
    const fileName = hasPersonalData(meta.fileName)
      ? '(bestandsnaam verborgen: bevat persoonsgegevens)'
      : meta.fileName;
    db.insert(frameImports)
      .values({ studyId, fileName, fileSha256: meta.fileSha256, rowCount: rows.length, warnings, importedBy: actor })
      .run();
    writeAudit(db, {
      actor,
      action: 'frame.import',
      studyId,
      entity: 'frame',
      entityId: studyId,
      oldValue: { cases: previous },
      newValue: {
        cases: rows.length,
        teams: teamIds.size,
        caseworkers: workerIds.size,
        fileName,
        fileSha256: meta.fileSha256,
      },
    });
    return rows.length;
  });
}

/** Why the frame can no longer be replaced, or null while it can. */
export function frameLockReason(db: Db, studyId: number): string | null {
  const draws = db
    .select({ n: sql<number>`count(*)` })
    .from(sampleDraws)
    .where(eq(sampleDraws.studyId, studyId))
    .get()!.n;
  return draws > 0
    ? 'Er is al een steekproef getrokken uit het huidige kader. Het kader kan daarna niet meer vervangen worden, omdat het steekproefcertificaat naar dit kader verwijst. Start een nieuw onderzoek voor een ander kader.'
    : null;
}

export type ImportOutcome =
  | { ok: true; imported: number; warnings: ImportIssue[]; parsed: ParsedFrame }
  | { ok: false; errors: ImportIssue[]; errorCount: number; parsed: ParsedFrame | null };

/** The one import path for the web page, the CLI and the demo: parse, check, then store all or nothing. */
export async function importFrameFile(
  db: Db,
  input: { studyId: number; data: Uint8Array; fileName: string; actor: string; expectSha256?: string } & ParseOptions,
): Promise<ImportOutcome> {
  const parsed = await parseFrameFile(input.data, input.fileName, input);
  const refuse = (reason: string): ImportOutcome => ({
    ok: false,
    errors: [{ row: null, column: null, value: null, reason }],
    errorCount: 1,
    parsed,
  });
  if (parsed.errorCount > 0) return { ok: false, errors: parsed.errors, errorCount: parsed.errorCount, parsed };
  if (input.expectSha256 && input.expectSha256 !== parsed.fileSha256) {
    return refuse(
      'Het bestand is anders dan het bestand in de voorvertoning. Laad het bestand opnieuw en controleer de voorvertoning.',
    );
  }
  try {
    const imported = replaceFrame(db, input.studyId, parsed.rows, parsed, input.actor);
    return { ok: true, imported, warnings: parsed.warnings, parsed };
  } catch (err) {
    if (err instanceof FrameImportRefused) return refuse(err.message);
    throw err;
  }
}

/** Teams and caseworkers as derived from the stored frame, with their case counts. */
export function getFrameStats(db: Db, studyId: number) {
  const rows = db
    .select({ teamlid: caseworkers.name, team: teams.name, n: sql<number>`count(*)` })
    .from(frameCases)
    .innerJoin(caseworkers, eq(frameCases.caseworkerId, caseworkers.id))
    .innerJoin(teams, eq(frameCases.teamId, teams.id))
    .where(eq(frameCases.studyId, studyId))
    .groupBy(caseworkers.name, teams.name)
    .all();
  return { total: rows.reduce((s, r) => s + r.n, 0), ...frameCounts(rows) };
}

export function getLastFrameImport(db: Db, studyId: number) {
  return (
    db
      .select()
      .from(frameImports)
      .where(eq(frameImports.studyId, studyId))
      .orderBy(sql`${frameImports.id} desc`)
      .get() ?? null
  );
}
