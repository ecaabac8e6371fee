import type { Db } from '@/db/client';
import { getStudy } from '@/db/queries/studies';
import { CliError, requireInt } from '../io';

/** The study of --study, or a clear error when the flag is missing, malformed or unknown. */
export function requireStudy(db: Db, flags: Record<string, string | undefined>): number {
  const id = requireInt(flags.study, 'study', { min: 1 });
  if (!getStudy(db, id)) throw new CliError(`Onderzoek ${id} bestaat niet. Zie "npm run dossier -- study list".`);
  return id;
}
