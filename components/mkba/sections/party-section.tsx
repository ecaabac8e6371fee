import type { MkbaView } from '@/db/queries/mkba';
import { partyLabel } from '@/lib/codebook/defaults';
import { designMethodText } from '@/lib/mkba';
import { between, eur, ratio } from '../format';

type Result = NonNullable<MkbaView['result']>;
type Design = NonNullable<MkbaView['uncertainty']>['design'];

/** Costs, benefits, saldo and ratio per party, with the design-based intervals when known. */
export function PartySection({ result, design }: { result: Result; design: Design | null }) {
  const byParty = new Map(design?.parties.map((p) => [p.party, p]) ?? []);
  return (
    <section className="card">
      <h2>Per partij</h2>
      <table aria-label="Per partij">
        <thead>
          <tr>
            <th>Partij</th>
            <th className="num">Kosten</th>
            <th className="num">Baten</th>
            <th className="num">Saldo</th>
            <th className="num">95%-interval saldo</th>
            <th className="num">K-B-verhouding</th>
            <th className="num">95%-interval</th>
          </tr>
        </thead>
        <tbody>
          {result.parties.map((p) => (
            <tr key={p.party} data-party={p.party}>
              <td>{partyLabel(p.party)}</td>
              <td className="num">{eur(p.costs)}</td>
              <td className="num">{eur(p.benefits)}</td>
              <td className="num">{eur(p.saldo)}</td>
              <td className="num small">{between(byParty.get(p.party)?.saldo ?? null, eur)}</td>
              <td className="num">{ratio(p.ratio)}</td>
              <td className="num small">{between(byParty.get(p.party)?.ratio ?? null, ratio)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {design && <p className="small muted">Intervallen: {designMethodText(design.df, design.level)}.</p>}
    </section>
  );
}
