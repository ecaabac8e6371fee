import fs from 'node:fs';
import type { Db } from '@/db/client';
import { importTallies } from '@/db/queries/tally-import';
import { CliError, print, type CliContext } from '../io';
import { requireStudy } from './study-flag';

export async function talliesImport(db: Db, ctx: CliContext, flags: Record<string, string | undefined>) {
  const id = requireStudy(db, flags);
  if (!flags.file) throw new CliError('Optie --file ontbreekt: geef het ingevulde steekproefbestand (.xlsx).');
  let data: Buffer;
  try {
    data = fs.readFileSync(flags.file);
  } catch {
    throw new CliError(`Bestand "${flags.file}" kan niet gelezen worden.`);
  }
  const r = await importTallies(db, { studyId: id, data, actor: ctx.actor });
  if (!r.ok) {
    const lines = [
      ...r.errors.map(
        (e) => `${e.row != null ? `rij ${e.row}, ` : ''}${e.column ? `kolom ${e.column}: ` : ''}${e.reason}`,
      ),
      ...r.conflicts.map(
        (c) =>
          `rij ${c.row}, kolom ${c.column}: conflict – in het bestand ${JSON.stringify(c.fileValue)}, in de app intussen ${JSON.stringify(c.appValue)}`,
      ),
    ];
    throw new CliError(`Niet geïmporteerd; er is niets opgeslagen:\n${lines.join('\n')}`, 1, {
      errors: r.errors,
      conflicts: r.conflicts,
    });
  }
  print(ctx, r, () => `${r.answers} antwoorden in ${r.cases} dossiers geïmporteerd.`);
}
