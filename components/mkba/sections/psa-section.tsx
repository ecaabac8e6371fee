import type { MkbaView } from '@/db/queries/mkba';
import { eur, ratio } from '../format';

type Psa = NonNullable<NonNullable<MkbaView['uncertainty']>['psa']>;

const nl = (x: number) => x.toLocaleString('nl-NL');

function method(psa: Psa): string {
  const ranges =
    psa.ranges.length > 0
      ? ', en van de kengetallen met een bandbreedte (driehoeksverdeling)'
      : '; kengetallen vast (geef bandbreedtes op bij Kengetallen)';
  return (
    `Geen steekproefinterval, maar een wat-als-analyse: ${nl(psa.draws)} trekkingen (vaste seed ${psa.seed}) ` +
    `van alle ${psa.quantities} gemeten gemiddelden samen, uit de covariantie van het steekproefontwerp${ranges}; ` +
    'overschreven waarden vast. Interval = 2,5e–97,5e percentiel.'
  );
}

function RatioRow({ label, value }: { label: string; value: Psa['ratioFinancial'] }) {
  if (!value) return null;
  return (
    <tr>
      <td>{label}</td>
      <td className="num">{ratio(value.point)}</td>
      <td className="num">
        {ratio(value.low)} tot {ratio(value.high)}
      </td>
    </tr>
  );
}

/** The probabilistic sensitivity analysis: Monte Carlo over the measured means and the kengetal ranges. */
export function PsaSection({ psa }: { psa: Psa }) {
  return (
    <section className="card" data-testid="psa">
      <h2>Probabilistische gevoeligheidsanalyse</h2>
      <p className="small muted">{method(psa)}</p>
      <table aria-label="Probabilistische gevoeligheidsanalyse">
        <thead>
          <tr>
            <th />
            <th className="num">Puntschatting</th>
            <th className="num">95%-percentielinterval</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>Saldo</td>
            <td className="num">{eur(psa.saldo.point)}</td>
            <td className="num">
              {eur(psa.saldo.low)} tot {eur(psa.saldo.high)}
            </td>
          </tr>
          <RatioRow label="Financiële K-B-verhouding" value={psa.ratioFinancial} />
          <RatioRow label="Maatschappelijke K-B-verhouding" value={psa.ratioSocial} />
          <tr>
            <td>Kans dat het saldo positief is</td>
            <td className="num" data-testid="p-saldo-positive">
              {Math.round(psa.pSaldoPositive * 100)}%
            </td>
            <td />
          </tr>
        </tbody>
      </table>
      {psa.ranges.length > 0 && (
        <p className="small muted">
          Bandbreedtes:{' '}
          {psa.ranges.map((x) => `${x.label ?? x.key} ${nl(x.low)} – ${nl(x.high)} (bron: ${x.source})`).join('; ')}.
        </p>
      )}
    </section>
  );
}
