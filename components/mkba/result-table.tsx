import type { LineCode, MkbaLine, MkbaResult, OverrideTarget } from '@/lib/mkba';
import { formatInterval } from '@/lib/format/estimate';
import { eur, qty, ratio } from './format';
import { OverrideForm } from './override-form';

type Effects = Partial<Record<LineCode, { cardId: string; title: string }[]>>;

type Targets = Record<LineCode, OverrideTarget[]>;
/** Per measured quantity its 95% interval per household (logit/log/t, as on the results page). */
export type InputIntervals = Record<string, { low: number; high: number }>;
interface Props {
  studyId: number;
  result: MkbaResult;
  effects: Effects;
  targets: Targets;
  interval?: { saldo: string; fin: string; soc: string };
  inputIntervals?: InputIntervals;
  intervalMethod?: string;
}

function LineRow({
  line,
  studyId,
  effects,
  targets,
  sub,
  inputIntervals,
  intervalMethod,
}: {
  line: MkbaLine;
  studyId: number;
  effects: Effects;
  targets: OverrideTarget[];
  sub?: string;
  inputIntervals?: InputIntervals;
  intervalMethod?: string;
}) {
  return (
    <tr data-line={line.code} className={sub ? 'sub' : undefined}>
      <td>
        <details>
          <summary>
            {sub && <span className="muted">{sub} </span>}
            {line.label} <span className="muted small">({line.code})</span>
          </summary>
          <div className="drill">
            <div>
              <code>{line.formula}</code>
            </div>
            <table aria-label={`Berekening ${line.code}`}>
              <thead>
                <tr>
                  <th>Invoer</th>
                  <th className="num">Hoeveelheid</th>
                  <th className="num">95%-BI per huishouden</th>
                  <th className="num">Prijs</th>
                  <th className="num">Bedrag</th>
                </tr>
              </thead>
              <tbody>
                {line.inputs.length === 0 && (
                  <tr>
                    <td colSpan={5} className="muted">
                      Geen gemeten hoeveelheden.
                    </td>
                  </tr>
                )}
                {line.inputs.map((i, k) => {
                  const ci = i.key && !i.overridden ? inputIntervals?.[i.key] : undefined;
                  return (
                    <tr key={i.key ?? k}>
                      <td>
                        {i.label}
                        {i.overridden && <span className="override"> overschreven</span>}
                      </td>
                      <td className="num">{qty(i.quantity)}</td>
                      <td className="num small">{ci ? formatInterval(ci.low, ci.high) : '–'}</td>
                      <td className="num">{eur(i.price)}</td>
                      <td className="num">{eur(i.amount)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {intervalMethod && line.inputs.some((i) => i.key) && <p className="small muted">{intervalMethod}</p>}
            {line.overridden && (
              <p className="override">Bedrag met de hand overschreven; de formule geeft {eur(line.computed)}.</p>
            )}
            <OverrideForm studyId={studyId} line={line.code} targets={targets} />
          </div>
        </details>
      </td>
      <td className="amount">
        {eur(line.amount)}
        {line.overridden && (
          <span className="override" title={`Formule: ${eur(line.computed)}`}>
            {' '}
            *
          </span>
        )}
      </td>
      <td data-testid="line-effects" className="small">
        {(effects[line.code] ?? []).map((e) => e.title).join(', ') || <span className="muted">–</span>}
      </td>
    </tr>
  );
}

/** The uitvoerscherm as in the report's appendix VII: costs, benefits by group, saldo and ratios. */
export function ResultTable({ studyId, result, effects, targets, interval, inputIntervals, intervalMethod }: Props) {
  const line = (c: LineCode) => result.lines.find((l) => l.code === c)!;
  const row = (c: LineCode, sub?: string) => (
    <LineRow
      key={c}
      line={line(c)}
      studyId={studyId}
      effects={effects}
      targets={targets[c]}
      sub={sub}
      inputIntervals={inputIntervals}
      intervalMethod={intervalMethod}
    />
  );
  const b = result.benefits;
  const group = (label: string, amount: number) => (
    <tr className="sub">
      <td>
        <strong>{label}</strong>
      </td>
      <td className="amount">
        <strong>{eur(amount)}</strong>
      </td>
      <td />
    </tr>
  );
  return (
    <table className="mkba" aria-label="Uitvoerscherm">
      <thead>
        <tr>
          <th>Post</th>
          <th className="amount">Bedrag per jaar</th>
          <th>Effect (EffectenArena)</th>
        </tr>
      </thead>
      <tbody>
        <tr className="total">
          <td>Totale kosten</td>
          <td className="amount" data-testid="total-costs">
            {eur(result.costs.total)}
          </td>
          <td />
        </tr>
        {row('K1', '1')}
        {row('K2', '2')}
        {row('K3', '3')}
        <tr className="total">
          <td>Totale baten</td>
          <td className="amount" data-testid="total-benefits">
            {eur(b.total)}
          </td>
          <td />
        </tr>
        {group('1 Besparing organisatiekosten', b.B1a + b.B1b + b.B1c)}
        {row('B1a', 'a')}
        {row('B1b', 'b')}
        {row('B1c', 'c')}
        {row('B2', '2')}
        {row('B3', '3')}
        {group('4 Immateriële baten', b.B4a + b.B4b + b.B4c)}
        {row('B4a', 'a')}
        {row('B4b', 'b')}
        {row('B4c', 'c')}
        <tr className="total">
          <td>Saldo (baten min kosten)</td>
          <td className="amount" data-testid="saldo">
            {eur(result.saldo)}
          </td>
          <td className="small muted">{interval?.saldo}</td>
        </tr>
        <tr>
          <td>Financiële K-B-verhouding (baten zonder B4 / kosten)</td>
          <td className="amount" data-testid="ratio-financial">
            {ratio(result.ratioFinancial)}
          </td>
          <td className="small muted">{interval?.fin}</td>
        </tr>
        <tr>
          <td>Maatschappelijke K-B-verhouding (baten / kosten)</td>
          <td className="amount" data-testid="ratio-social">
            {ratio(result.ratioSocial)}
          </td>
          <td className="small muted">{interval?.soc}</td>
        </tr>
        <tr>
          <td>Netto contante waarde over de tijdshorizon</td>
          <td className="amount">{eur(result.npv)}</td>
          <td />
        </tr>
      </tbody>
    </table>
  );
}
