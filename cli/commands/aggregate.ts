import type { Db } from '@/db/client';
import { getResults } from '@/db/queries/results';
import { CliError, print, table, type CliContext } from '../io';
import { requireStudy } from './study-flag';

const fmt = (v: number | null) => (v === null ? '–' : v.toLocaleString('nl-NL', { maximumFractionDigits: 3 }));

export function aggregateCommand(db: Db, ctx: CliContext, flags: Record<string, string | undefined>) {
  const id = requireStudy(db, flags);
  const r = getResults(db, id, flags.team);
  if (!r) throw new CliError('Er is nog geen steekproef getrokken voor dit onderzoek.');
  const json = {
    n: r.n,
    df: r.df,
    strata: r.strata.map(({ caseworker, team, N, n }) => ({ caseworker, team, N, n })),
    inputs: r.inputs.map(({ key, mean, se, ciLow, ciHigh, n, df, interval, total, flags: f }) => ({
      key,
      mean,
      se,
      ciLow,
      ciHigh,
      df,
      interval,
      n,
      ...(total !== undefined ? { total } : {}),
      flags: f,
    })),
    postStrata: r.postStrata,
    warnings: r.warnings,
  };
  print(ctx, json, () =>
    [
      `${r.n} afgeronde dossiers in ${r.strata.filter((s) => s.n > 0).length} strata; 95%-intervallen met t op ${r.df ?? '–'} vrijheidsgraden (aandelen op logitschaal, aantallen op logschaal, netto verbetering symmetrisch).`,
      ...r.warnings.map((w) => `Let op: ${w}`),
      '',
      table(
        ['invoer', 'gemiddelde', 'se', '95%-BI', 'interval', 'n'],
        r.inputs
          .filter((i) => !i.key.includes('.') || (i.mean ?? 0) !== 0)
          .map((i) => [i.key, fmt(i.mean), fmt(i.se), `${fmt(i.ciLow)} – ${fmt(i.ciHigh)}`, i.interval, i.n]),
      ),
    ].join('\n'),
  );
}
