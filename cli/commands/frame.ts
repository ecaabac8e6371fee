import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '@/db/client';
import { getFrameStats, importFrameFile } from '@/db/queries/frame';
import type { ImportIssue } from '@/lib/import';
import { CliError, print, table, type CliContext } from '../io';
import { requireStudy } from './study-flag';

const issueLine = (e: ImportIssue) =>
  [
    e.row != null ? `rij ${e.row}` : null,
    e.column ? `kolom "${e.column}"` : null,
    e.value ? `waarde "${e.value}"` : null,
  ]
    .filter(Boolean)
    .join(', ') +
  (e.row != null || e.column ? ': ' : '') +
  e.reason;

export async function frameImport(db: Db, ctx: CliContext, flags: Record<string, string | undefined>) {
  const studyId = requireStudy(db, flags);
  if (!flags.file) throw new CliError('Optie --file ontbreekt: geef het pad naar het .xlsx- of .csv-bestand.');
  let data: Buffer;
  try {
    data = fs.readFileSync(flags.file);
  } catch {
    throw new CliError(`Bestand "${flags.file}" kan niet gelezen worden. Controleer het pad.`);
  }
  const result = await importFrameFile(db, {
    studyId,
    data,
    fileName: path.basename(flags.file),
    sheet: flags.sheet,
    actor: ctx.actor,
  });
  if (!result.ok) {
    const errors = result.errors.map(({ row, column, value, reason }) => ({ row, column, value, reason }));
    const more = result.errorCount > errors.length ? `\n… en nog ${result.errorCount - errors.length} fouten.` : '';
    throw new CliError(
      `Kader niet geïmporteerd (${result.errorCount} ${result.errorCount === 1 ? 'fout' : 'fouten'}); er is niets opgeslagen:\n${errors.map(issueLine).join('\n')}${more}`,
      1,
      { errors, errorCount: result.errorCount },
    );
  }
  const warnings = result.warnings.map((w) => w.reason);
  print(ctx, { imported: result.imported, warnings }, () =>
    [`${result.imported} dossiers geïmporteerd in onderzoek ${studyId}.`, ...warnings.map((w) => `Let op: ${w}`)].join(
      '\n',
    ),
  );
}

export function frameStats(db: Db, ctx: CliContext, flags: Record<string, string | undefined>) {
  const studyId = requireStudy(db, flags);
  const stats = getFrameStats(db, studyId);
  print(ctx, stats, () =>
    stats.total === 0
      ? 'Nog geen kader geïmporteerd.'
      : [
          `${stats.total} dossiers, ${stats.teams.length} teams, ${stats.caseworkers.length} teamleden`,
          '',
          table(
            ['team', 'teamleden', 'dossiers'],
            stats.teams.map((t) => [t.team, t.caseworkers, t.cases]),
          ),
          '',
          table(
            ['teamlid', 'team', 'dossiers'],
            stats.caseworkers.map((c) => [c.caseworker, c.team, c.cases]),
          ),
        ].join('\n'),
  );
}
