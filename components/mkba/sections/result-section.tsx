import type { MkbaView } from '@/db/queries/mkba';
import { designMethodText, LINE_CODES, overrideTargets } from '@/lib/mkba';
import { intervalMethodText } from '@/lib/format/estimate';
import { ResultTable } from '../result-table';
import { between, eur, ratio } from '../format';

/** What the interval means, in one sentence for the reader of the uitvoerscherm. */
const DESIGN_SENTENCE =
  'Het interval geeft aan hoeveel de uitkomst kan verschillen doordat maar een deel van de dossiers is besproken: ' +
  'bij herhaling van de steekproef valt de werkelijke waarde in 95 van de 100 gevallen binnen zo’n interval; ' +
  'kengetallen en met de hand ingevulde waarden zijn daarbij vast.';

type Result = NonNullable<MkbaView['result']>;
type Targets = Record<(typeof LINE_CODES)[number], ReturnType<typeof overrideTargets>>;

/** The appendix VII table (lines, totals, saldo, ratios) with its design-based intervals. */
export function ResultSection({
  m,
  result,
  studyId,
  effects,
}: {
  m: MkbaView;
  result: Result;
  studyId: number;
  effects: Parameters<typeof ResultTable>[0]['effects'];
}) {
  const d = m.uncertainty?.design ?? null;
  const interval = d
    ? {
        saldo: `${Math.round(d.level * 100)}%-interval ${between(d.saldo, eur)} (se ${eur(d.saldo.se)})`,
        fin: between(d.ratioFinancial, ratio),
        soc: between(d.ratioSocial, ratio),
      }
    : undefined;
  const targets = Object.fromEntries(
    LINE_CODES.map((c) => {
      const line = result.lines.find((x) => x.code === c)!;
      return [c, overrideTargets(c, line.amount, line.overridden, m.lists, m.q)];
    }),
  ) as Targets;
  return (
    <section className="card">
      <ResultTable
        studyId={studyId}
        result={result}
        effects={effects}
        interval={interval}
        inputIntervals={m.ciByKey}
        intervalMethod={intervalMethodText(
          m.estimates.map((e) => e.interval),
          m.df,
        )}
        targets={targets}
      />
    </section>
  );
}

/** How the intervals were computed, under the table. */
export function DesignNote({ m }: { m: MkbaView }) {
  const d = m.uncertainty?.design;
  if (!d) return null;
  return (
    <p className="small muted" data-testid="design-method">
      {designMethodText(d.df, d.level)}. {DESIGN_SENTENCE}
    </p>
  );
}
