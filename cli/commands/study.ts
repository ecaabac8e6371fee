import type { Db } from '@/db/client';
import { insertStudy, listStudies } from '@/db/queries/studies';
import { studyInputSchema } from '@/lib/study/study-schema';
import { CliError, print, table, type CliContext } from '../io';

export function studyCreate(db: Db, ctx: CliContext, flags: Record<string, string | undefined>) {
  const parsed = studyInputSchema.safeParse({
    name: flags.name,
    municipality: flags.municipality,
    year: flags.year,
    households: flags.households ?? '',
    clients: flags.clients ?? '',
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`);
    throw new CliError(`Onderzoek niet aangemaakt:\n${lines.join('\n')}`);
  }
  const id = insertStudy(db, parsed.data, ctx.actor);
  print(ctx, { id }, () => String(id));
}

export function studyList(db: Db, ctx: CliContext) {
  const studies = listStudies(db);
  print(
    ctx,
    studies.map(({ id, name, municipality, year, households, frameCases }) => ({
      id,
      name,
      municipality,
      year,
      households,
      frameCases,
    })),
    () =>
      studies.length === 0
        ? 'Nog geen onderzoeken.'
        : table(
            ['id', 'naam', 'gemeente', 'jaar', 'dossiers in kader'],
            studies.map((s) => [s.id, s.name, s.municipality, s.year, s.frameCases]),
          ),
  );
}
