import Link from 'next/link';
import { getDb } from '@/db/client';
import { getMkba } from '@/db/queries/mkba';
import { listEffectsByLine } from '@/db/queries/arena';
import { listReviewRows } from '@/db/queries/reviews';
import { PARTIES } from '@/lib/codebook/defaults';
import { designMethodText, kengetalLabel, LINE_CODES, overrideTargets, quantityLabel, SCALAR_KENGETALLEN } from '@/lib/mkba';
import { OverridesList } from '@/components/mkba/overrides-list';
import { PrintButton } from '@/components/ui/print-button';
import { ResultTable } from '@/components/mkba/result-table';
import { TornadoChart } from '@/components/mkba/tornado-chart';
import { ScenarioForm, type ScenarioInputOption } from '@/components/mkba/scenario-form';
import { DeleteScenarioButton } from '@/components/mkba/delete-scenario-button';
import { between, eur, ratio } from '@/components/mkba/format';
import { intervalMethodText } from '@/lib/format/estimate';
import { loadStudy } from '../study-context';

export const dynamic = 'force-dynamic';

/** What the interval means, in one sentence for the reader of the uitvoerscherm. */
const DESIGN_SENTENCE = 'Het interval geeft aan hoeveel de uitkomst kan verschillen doordat maar een deel van de dossiers is besproken: bij herhaling van de steekproef valt de werkelijke waarde in 95 van de 100 gevallen binnen zo’n interval; kengetallen en met de hand ingevulde waarden zijn daarbij vast.';

const partyLabel = (code: string) => PARTIES.find((p) => p.code === code)?.label ?? code;

export default async function MkbaPage({ params }: { params: Promise<{ id: string }> }) {
  const study = await loadStudy(params);
  const db = getDb();
  const m = getMkba(db, study.id);
  const effects = listEffectsByLine(db, study.id);
  const reviewed = listReviewRows(db, study.id, null);
  const approved = reviewed.filter((r) => r.status === 'goedgekeurd').length;
  const questions = reviewed.filter((r) => r.status === 'vraag_open').length;
  const base = `/onderzoeken/${study.id}`;
  const crumbs = <div className="crumbs no-print"><Link href="/">Onderzoeken</Link> › <Link href={base}>{study.name}</Link> › MKBA</div>;
  const header = (
    <>
      {crumbs}
      <h1>Uitvoerscherm MKBA</h1>
      <p className="muted">{study.name} · {study.municipality} {study.year} · gemeten op {m.n} afgeronde dossiers, waarvan <span data-testid="approved">{approved}</span> goedgekeurd door de teamleider{questions > 0 ? ` en ${questions} met een open vraag` : ''} · afgedrukt {new Date().toLocaleDateString('nl-NL')}</p>
      <div className="row-actions no-print"><Link className="button secondary" href={`${base}/kengetallen`}>Kengetallen</Link><PrintButton label="Afdrukken" /></div>
    </>
  );
  if (!m.result) {
    return (
      <div className="mkba-page">{header}
        <div className="alert error" role="alert" data-testid="missing-kengetallen">
          <strong>De MKBA kan niet berekend worden: er ontbreken kengetallen.</strong>
          <ul>{m.missing.map((x) => <li key={x}>{x}</li>)}</ul>
          Vul ze in op de pagina <Link href={`${base}/kengetallen`}>Kengetallen</Link>{m.overrideRows.length > 0 ? ' of haal een overschrijving hieronder weg' : ''}.
        </div>
        <OverridesList studyId={study.id} rows={m.overrideRows} />
      </div>
    );
  }
  const r = m.result;
  const d = m.uncertainty?.design ?? null;
  const psa = m.uncertainty?.psa ?? null;
  const interval = d ? {
    saldo: `${Math.round(d.level * 100)}%-interval ${between(d.saldo, eur)} (se ${eur(d.saldo.se)})`,
    fin: between(d.ratioFinancial, ratio),
    soc: between(d.ratioSocial, ratio),
  } : undefined;
  const partyDesign = new Map(d?.parties.map((p) => [p.party, p]) ?? []);
  const overridden = r.lines.filter((l) => l.overridden || l.inputs.some((i) => i.overridden));
  const options: ScenarioInputOption[] = [
    ...SCALAR_KENGETALLEN.filter((k) => k.key !== 'horizonYears').map((k) => ({ key: k.key, label: `${k.label}${k.unit === 'pct' ? ' (fractie: 0,3 = 30%)' : ''}`, current: (m.v as unknown as Record<string, number>)[k.key] })),
    ...Object.entries(m.v.escalationCost).map(([c, x]) => ({ key: `escalationCost.${c}`, label: kengetalLabel(`escalationCost.${c}`, m.lists), current: x })),
    ...Object.entries({ ...m.q.means, ...m.q.overrides }).map(([k, x]) => ({ key: `q:${k}`, label: `Per huishouden, ${quantityLabel(k, m.lists).toLowerCase()}`, current: x })),
  ];
  return (
    <div className="mkba-page">
      {header}
      {m.n === 0 && <div className="alert warn">Nog geen afgeronde dossiers: alle gemeten hoeveelheden zijn 0. Rond interviews af of overschrijf hoeveelheden met de hand.</div>}
      {overridden.length > 0 && <div className="alert warn" data-testid="overrides">Met de hand overschreven: {overridden.map((l) => l.code).join(', ')} (gemarkeerd met *; klik een post open voor de reden en de formule).</div>}
      <section className="card"><ResultTable studyId={study.id} result={r} effects={effects} interval={interval}
        inputIntervals={m.ciByKey} intervalMethod={intervalMethodText(m.estimates.map((e) => e.interval), m.df)}
        targets={Object.fromEntries(LINE_CODES.map((c) => { const l = r.lines.find((x) => x.code === c)!; return [c, overrideTargets(c, l.amount, l.overridden, m.lists, m.q)]; })) as Record<(typeof LINE_CODES)[number], ReturnType<typeof overrideTargets>>} /></section>
      {m.overrideRows.length > 0 && <section className="card no-print"><OverridesList studyId={study.id} rows={m.overrideRows} /></section>}
      {d && <p className="small muted" data-testid="design-method">{designMethodText(d.df, d.level)}. {DESIGN_SENTENCE}</p>}
      {(m.uncertainty?.warnings.length ?? 0) > 0 && <div className="alert warn">{m.uncertainty!.warnings.map((w) => <div key={w}>{w}</div>)}</div>}

      <section className="card">
        <h2>Per partij</h2>
        <table aria-label="Per partij">
          <thead><tr><th>Partij</th><th className="num">Kosten</th><th className="num">Baten</th><th className="num">Saldo</th><th className="num">95%-interval saldo</th><th className="num">K-B-verhouding</th><th className="num">95%-interval</th></tr></thead>
          <tbody>{r.parties.map((p) => (
            <tr key={p.party} data-party={p.party}><td>{partyLabel(p.party)}</td><td className="num">{eur(p.costs)}</td><td className="num">{eur(p.benefits)}</td><td className="num">{eur(p.saldo)}</td>
              <td className="num small">{between(partyDesign.get(p.party)?.saldo ?? null, eur)}</td><td className="num">{ratio(p.ratio)}</td><td className="num small">{between(partyDesign.get(p.party)?.ratio ?? null, ratio)}</td></tr>
          ))}</tbody>
        </table>
        {d && <p className="small muted">Intervallen: {designMethodText(d.df, d.level)}.</p>}
      </section>

      {psa && <section className="card" data-testid="psa">
        <h2>Probabilistische gevoeligheidsanalyse</h2>
        <p className="small muted">Geen steekproefinterval, maar een wat-als-analyse: {psa.draws.toLocaleString('nl-NL')} trekkingen (vaste seed {psa.seed}) van alle {psa.quantities} gemeten gemiddelden samen, uit de covariantie van het steekproefontwerp{psa.ranges.length > 0 ? ', en van de kengetallen met een bandbreedte (driehoeksverdeling)' : '; kengetallen vast (geef bandbreedtes op bij Kengetallen)'}; overschreven waarden vast. Interval = 2,5e–97,5e percentiel.</p>
        <table aria-label="Probabilistische gevoeligheidsanalyse">
          <thead><tr><th /><th className="num">Puntschatting</th><th className="num">95%-percentielinterval</th></tr></thead>
          <tbody>
            <tr><td>Saldo</td><td className="num">{eur(psa.saldo.point)}</td><td className="num">{eur(psa.saldo.low)} tot {eur(psa.saldo.high)}</td></tr>
            {psa.ratioFinancial && <tr><td>Financiële K-B-verhouding</td><td className="num">{ratio(psa.ratioFinancial.point)}</td><td className="num">{ratio(psa.ratioFinancial.low)} tot {ratio(psa.ratioFinancial.high)}</td></tr>}
            {psa.ratioSocial && <tr><td>Maatschappelijke K-B-verhouding</td><td className="num">{ratio(psa.ratioSocial.point)}</td><td className="num">{ratio(psa.ratioSocial.low)} tot {ratio(psa.ratioSocial.high)}</td></tr>}
            <tr><td>Kans dat het saldo positief is</td><td className="num" data-testid="p-saldo-positive">{Math.round(psa.pSaldoPositive * 100)}%</td><td /></tr>
          </tbody>
        </table>
        {psa.ranges.length > 0 && <p className="small muted">Bandbreedtes: {psa.ranges.map((x) => `${x.label ?? x.key} ${x.low.toLocaleString('nl-NL')} – ${x.high.toLocaleString('nl-NL')} (bron: ${x.source})`).join('; ')}.</p>}
      </section>}

      <section className="card">
        <h2>Gevoeligheid</h2>
        <table aria-label="Scenario's">
          <thead><tr><th>Scenario</th><th className="num">Kosten</th><th className="num">Baten</th><th className="num">Saldo</th><th className="num">Verschil</th><th className="num">Fin.</th><th className="num">Maatsch.</th><th /></tr></thead>
          <tbody>{m.scenarios.map((s) => {
            const own = m.custom.find((c) => `eigen-${c.id}` === s.id);
            return (
              <tr key={s.id} data-scenario={s.id}>
                <td>{s.label}{own && <span className="badge">eigen</span>}</td>
                {s.error ? <td colSpan={6} className="muted small">{s.error}</td> : <>
                  <td className="num">{eur(s.costs)}</td><td className="num">{eur(s.benefits)}</td><td className="num">{eur(s.saldo)}</td>
                  <td className="num">{s.id === 'basis' ? '' : eur(s.deltaSaldo)}</td><td className="num">{ratio(s.ratioFinancial)}</td><td className="num">{ratio(s.ratioSocial)}</td></>}
                <td>{own && <DeleteScenarioButton studyId={study.id} id={own.id} name={own.name} />}</td>
              </tr>
            );
          })}</tbody>
        </table>
        <ScenarioForm studyId={study.id} options={options} />
        <h3>Tornado: saldo bij elke gemeten hoeveelheid op de grenzen van haar 95%-BI</h3>
        <p className="small muted">Grenzen uit het steekproefontwerp: t-verdeling{m.df !== null ? ` met ${m.df} vrijheidsgraden` : ''}; aantallen per huishouden op logschaal (nooit onder 0), netto verbetering symmetrisch.</p>
        {m.tornado.length === 0
          ? <p className="muted">Nog geen gemeten hoeveelheden met een betrouwbaarheidsinterval.</p>
          : <TornadoChart base={r.saldo} data={m.tornado.map((t) => ({ name: quantityLabel(t.key, m.lists), range: [Math.min(t.saldoLow, t.saldoHigh), Math.max(t.saldoLow, t.saldoHigh)] }))} />}
      </section>
    </div>
  );
}
