import fs from 'node:fs';
import type { Db } from '@/db/client';
import { exportSampleFile } from '@/db/queries/export';
import { CliError, print, type CliContext } from '../io';
import { requireStudy } from './study-flag';

export async function exportCommand(db: Db, ctx: CliContext, flags: Record<string, string | undefined>) {
  const id = requireStudy(db, flags);
  if (!flags.out) throw new CliError('Optie --out ontbreekt: geef het pad van het .xlsx- of .csv-bestand.');
  const format = flags.out.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx';
  const data = await exportSampleFile(db, id, format, ctx.actor);
  if (!data) throw new CliError('Er is nog geen steekproef getrokken; er is niets te exporteren.');
  try {
    fs.writeFileSync(flags.out, data);
  } catch {
    throw new CliError(`Kan niet schrijven naar "${flags.out}". Controleer de map en de rechten.`);
  }
  print(
    ctx,
    { file: flags.out, format, bytes: data.length },
    () => `Steekproefbestand geschreven: ${flags.out} (${format}, ${data.length} bytes).`,
  );
}
