import type { MkbaView } from '@/db/queries/mkba';
import { kengetalLabel, quantityLabel, SCALAR_KENGETALLEN } from '@/lib/mkba';
import { TornadoChart } from '../tornado-chart';
import { ScenarioForm, type ScenarioInputOption } from '../scenario-form';
import { DeleteScenarioButton } from '../delete-scenario-button';
import { eur, ratio } from '../format';

type Result = NonNullable<MkbaView['result']>;

/** What a custom scenario may set: every scalar kengetal, escalation cost and measured quantity. */
function scenarioOptions(m: MkbaView): ScenarioInputOption[] {
  const scalars = m.v as unknown as Record<string, number>;
  return [
    ...SCALAR_KENGETALLEN.filter((k) => k.key !== 'horizonYears').map((k) => ({
      key: k.key,
      label: `${k.label}${k.unit === 'pct' ? ' (fractie: 0,3 = 30%)' : ''}`,
      current: scalars[k.key],
    })),
    ...Object.entries(m.v.escalationCost).map(([c, x]) => ({
      key: `escalationCost.${c}`,
      label: kengetalLabel(`escalationCost.${c}`, m.lists),
      current: x,
    })),
    ...Object.entries({ ...m.q.means, ...m.q.overrides }).map(([k, x]) => ({
      key: `q:${k}`,
      label: `Per huishouden, ${quantityLabel(k, m.lists).toLowerCase()}`,
      current: x,
    })),
  ];
}

function ScenarioTable({ m, studyId }: { m: MkbaView; studyId: number }) {
  return (
    <table aria-label="Scenario's">
      <thead>
        <tr>
          <th>Scenario</th>
          <th className="num">Kosten</th>
          <th className="num">Baten</th>
          <th className="num">Saldo</th>
          <th className="num">Verschil</th>
          <th className="num">Fin.</th>
          <th className="num">Maatsch.</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {m.scenarios.map((s) => {
          const own = m.custom.find((c) => `eigen-${c.id}` === s.id);
          return (
            <tr key={s.id} data-scenario={s.id}>
              <td>
                {s.label}
                {own && <span className="badge">eigen</span>}
              </td>
              {s.error ? (
                <td colSpan={6} className="muted small">
                  {s.error}
                </td>
              ) : (
                <>
                  <td className="num">{eur(s.costs)}</td>
                  <td className="num">{eur(s.benefits)}</td>
                  <td className="num">{eur(s.saldo)}</td>
                  <td className="num">{s.id === 'basis' ? '' : eur(s.deltaSaldo)}</td>
                  <td className="num">{ratio(s.ratioFinancial)}</td>
                  <td className="num">{ratio(s.ratioSocial)}</td>
                </>
              )}
              <td>{own && <DeleteScenarioButton studyId={studyId} id={own.id} name={own.name} />}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Tornado({ m, result }: { m: MkbaView; result: Result }) {
  const df = m.df !== null ? ` met ${m.df} vrijheidsgraden` : '';
  return (
    <>
      <h3>Tornado: saldo bij elke gemeten hoeveelheid op de grenzen van haar 95%-BI</h3>
      <p className="small muted">
        Grenzen uit het steekproefontwerp: t-verdeling{df}; aantallen per huishouden op logschaal (nooit onder 0), netto
        verbetering symmetrisch.
      </p>
      {m.tornado.length === 0 ? (
        <p className="muted">Nog geen gemeten hoeveelheden met een betrouwbaarheidsinterval.</p>
      ) : (
        <TornadoChart
          base={result.saldo}
          data={m.tornado.map((t) => ({
            name: quantityLabel(t.key, m.lists),
            range: [Math.min(t.saldoLow, t.saldoHigh), Math.max(t.saldoLow, t.saldoHigh)],
          }))}
        />
      )}
    </>
  );
}

/** The report's scenarios and the user's own, the form for a new one, and the tornado chart. */
export function SensitivitySection({ m, result, studyId }: { m: MkbaView; result: Result; studyId: number }) {
  return (
    <section className="card">
      <h2>Gevoeligheid</h2>
      <ScenarioTable m={m} studyId={studyId} />
      <ScenarioForm studyId={studyId} options={scenarioOptions(m)} />
      <Tornado m={m} result={result} />
    </section>
  );
}
