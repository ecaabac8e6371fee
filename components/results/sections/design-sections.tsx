import { formatInt } from '@/lib/format/nl';
import { formatNumber, formatPercent } from '@/lib/format/estimate';
import { SharesForm } from '../shares-form';
import type { Results } from './types';

function postStratText(applied: boolean, team?: string): string {
  if (applied) return 'Toegepast: de schattingen hierboven zijn nagewogen naar de aandelen in de caseload.';
  if (team) return 'Naweging geldt voor het hele onderzoek, niet per team.';
  return 'Niet toegepast. Vul de aandelen in de caseload in om na te wegen.';
}

/** Post-stratification on household type: the shares form and the resulting g-weights. */
export function PostStratSection({ r, studyId, team }: { r: Results; studyId: number; team?: string }) {
  return (
    <section className="card">
      <h2 style={{ marginTop: 0 }}>Naweging op huishoudtype</h2>
      <p className="small muted">{postStratText(Boolean(r.postStrata), team)}</p>
      {!team && <SharesForm studyId={studyId} current={r.householdShares} />}
      {r.postStrata && (
        <table aria-label="Naweging">
          <thead>
            <tr>
              <th>Huishoudtype</th>
              <th className="num">n</th>
              <th className="num">Aandeel steekproef (gewogen)</th>
              <th className="num">Aandeel caseload</th>
              <th className="num">g</th>
            </tr>
          </thead>
          <tbody>
            {r.postStrata.map((p) => (
              <tr key={p.category}>
                <td>{p.category}</td>
                <td className="num">{p.n}</td>
                <td className="num">{formatPercent(p.sampleShare)}</td>
                <td className="num">{formatPercent(p.populationShare)}</td>
                <td className="num">{formatNumber(p.g, 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The sample's composition (weighted) beside the frame's, per household type. */
export function CompositionSection({ r }: { r: Results }) {
  const frameTotal = r.composition.frame.reduce((s, x) => s + x.n, 0);
  return (
    <section className="card">
      <h2 style={{ marginTop: 0 }}>Samenstelling steekproef en kader</h2>
      <div className="grid2">
        <table aria-label="Samenstelling steekproef">
          <thead>
            <tr>
              <th>Huishoudtype</th>
              <th>Zwaarte</th>
              <th className="num">n</th>
              <th className="num">Gewogen aandeel</th>
            </tr>
          </thead>
          <tbody>
            {r.composition.sample.map((c) => (
              <tr key={c.householdType + c.severity}>
                <td>{c.householdType}</td>
                <td>{c.severity.replace(/_/g, ' ')}</td>
                <td className="num">{c.n}</td>
                <td className="num">{formatPercent(c.weightedShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table aria-label="Samenstelling kader">
          <thead>
            <tr>
              <th>Huishoudtype (hele kader)</th>
              <th className="num">Dossiers</th>
              <th className="num">Aandeel</th>
            </tr>
          </thead>
          <tbody>
            {r.composition.frame.map((f) => (
              <tr key={f.householdType}>
                <td>{f.householdType}</td>
                <td className="num">{formatInt(f.n)}</td>
                <td className="num">{formatPercent(f.n / frameTotal)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
