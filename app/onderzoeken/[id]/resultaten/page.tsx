import Link from 'next/link';
import { listIncompleteCases } from '@/db/queries/legacy-cases';
import { CATEGORY_LABELS } from '@/lib/tally/classify';
import { getDb } from '@/db/client';
import { getResults } from '@/db/queries/results';
import { CATEGORY_INPUTS, type InputEstimate } from '@/lib/aggregate';
import { formatInt } from '@/lib/format/nl';
import { formatNumber, formatPercent } from '@/lib/format/estimate';
import { EstimateTable } from '@/components/results/estimate-table';
import { EstimateBars, GroupedBars } from '@/components/results/charts';
import { AutoRefresh } from '@/components/results/auto-refresh';
import { DomainTable } from '@/components/results/domain-table';
import { SharesForm } from '@/components/results/shares-form';
import { loadStudy } from '../study-context';

export const dynamic = 'force-dynamic';

const DECOMPOSITION = ['prof_dw', 'prof_extra', 'team', 'substitutie', 'meer_op_maat'] as const;

export default async function ResultsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ team?: string }> }) {
  const study = await loadStudy(params);
  const { team } = await searchParams;
  const r = getResults(getDb(), study.id, team || undefined);
  const incomplete = listIncompleteCases(getDb(), study.id).filter((c) => !team || r?.strata.some((s) => s.caseworker === c.caseworker));
  const base = `/onderzoeken/${study.id}`;
  const crumbs = <div className="crumbs"><Link href="/">Onderzoeken</Link> › <Link href={base}>{study.name}</Link> › Resultaten</div>;
  if (!r) return <>{crumbs}<h1>Resultaten</h1><p className="card">Trek eerst de steekproef en rond interviews af.</p></>;

  const byKey = new Map(r.inputs.map((i) => [i.key, i]));
  const est = (k: string) => byKey.get(k);
  const bar = (label: string, e: InputEstimate | undefined) => ({ name: label, value: e?.mean ?? 0, err: e?.ciLow != null && e.ciHigh != null && e.mean != null ? [e.mean - e.ciLow, e.ciHigh - e.mean] as [number, number] : undefined });
  const types = r.lists.trajectoryTypes.filter((t) => DECOMPOSITION.some((c) => (est(`${c}.${t.code}`)?.mean ?? 0) > 0));
  const done = r.progress.reduce((s, p) => s + p.done, 0);
  const toDo = r.progress.reduce((s, p) => s + p.toDiscuss, 0);
  const general = r.warnings.filter((w) => !/^[a-z_]+(\.[a-z_]+)?: /.test(w));
  const uncertain = r.warnings.length - general.length;

  return (
    <>
      {crumbs}
      <AutoRefresh />
      <h1>Resultaten: MKBA-invoer</h1>
      <nav className="row-actions" aria-label="Team">
        <Link className={`button ${team ? 'secondary' : ''}`} href={`${base}/resultaten`}>Alle teams</Link>
        {r.teams.map((t) => <Link key={t} className={`button ${team === t ? '' : 'secondary'}`} href={`${base}/resultaten?team=${encodeURIComponent(t)}`}>{t}</Link>)}
      </nav>
      <div className="alert ok" role="status" data-testid="completeness">
        {formatInt(done)} van {formatInt(toDo)} dossiers besproken; de schatting gebruikt {formatInt(r.n)} afgeronde dossiers{team ? ` van team ${team}` : ''}. De pagina ververst vanzelf.
        <details><summary>Per teamlid</summary>
          <table aria-label="Voortgang per teamlid"><thead><tr><th>Teamlid</th><th>Team</th><th className="num">Besproken</th><th className="num">N<sub>h</sub></th></tr></thead>
            <tbody>{r.strata.map((s) => <tr key={s.caseworker}><td>{s.caseworker}</td><td>{s.team}</td><td className="num">{r.progress.find((p) => p.caseworker === s.caseworker)?.done ?? 0} van {r.progress.find((p) => p.caseworker === s.caseworker)?.toDiscuss ?? 0}</td><td className="num">{formatInt(s.N)}</td></tr>)}</tbody>
          </table>
        </details>
      </div>
      {incomplete.length > 0 && (
        <div className="alert warn" data-incomplete-list={incomplete.length}>
          {incomplete.length} {incomplete.length === 1 ? 'dossier telt' : 'dossiers tellen'} niet mee omdat {incomplete.length === 1 ? 'het' : 'ze'} niet meer compleet {incomplete.length === 1 ? 'is' : 'zijn'}:{' '}
          {incomplete.map((c, i) => <span key={c.itemId}>{i > 0 ? ', ' : ''}{c.dossiernummer} ({c.caseworker}, {c.reason === 'oude_regels' ? 'onvolledig (oude regels)' : 'gewijzigd'})</span>)}.
          {' '}Vul ze aan en rond ze opnieuw af.
        </div>
      )}
      {(general.length > 0 || uncertain > 0) && (
        <div className="alert warn">
          {general.slice(0, 6).map((w) => <div key={w}>{w}</div>)}
          {general.length > 6 && <div>… en nog {general.length - 6} meldingen.</div>}
          {uncertain > 0 && <div>{uncertain} schattingen rusten op minder dan 5 dossiers of hebben geen variantieschatting.</div>}
        </div>
      )}
      {r.n === 0 ? <p className="card">Nog geen afgeronde dossiers.</p> : (
        <>
          <section className="card">
            <h2 style={{ marginTop: 0 }}>Trajecten per huishouden: {formatNumber(est('trajecten_per_hh')?.mean)}</h2>
            <p className="small muted">Opbouw zoals in het rapport (1,8 = dead weight + extra + team + substitutie + meer op maat), met 95%-betrouwbaarheidsintervallen.</p>
            <EstimateBars data={[bar('Totaal', est('trajecten_per_hh')), ...DECOMPOSITION.map((c) => bar(CATEGORY_LABELS[c], est(`${c}_per_hh`)))]} />
            <EstimateTable label="Trajecten per huishouden" rows={[{ label: 'Trajecten per huishouden', estimate: est('trajecten_per_hh') }, ...CATEGORY_INPUTS.map((c) => ({ label: CATEGORY_LABELS[c], estimate: est(`${c}_per_hh`) }))]} />
          </section>
          <section className="card">
            <h2 style={{ marginTop: 0 }}>Per soort traject</h2>
            {types.length === 0 ? <p className="muted">Nog geen trajecten.</p> : <>
              <GroupedBars stacked data={types.map((t) => ({ name: t.label, ...Object.fromEntries(DECOMPOSITION.map((c) => [c, est(`${c}.${t.code}`)?.mean ?? 0])) }))} series={DECOMPOSITION.map((c) => ({ key: c, label: CATEGORY_LABELS[c] }))} />
              <EstimateTable label="Per soort traject" rows={types.flatMap((t) => DECOMPOSITION.filter((c) => (est(`${c}.${t.code}`)?.mean ?? 0) > 0).map((c) => ({ label: `${t.label}: ${CATEGORY_LABELS[c].toLowerCase()}`, estimate: est(`${c}.${t.code}`) })))} />
            </>}
          </section>
          <section className="card">
            <h2 style={{ marginTop: 0 }}>Leefgebieden: aandeel huishoudens</h2>
            <GroupedBars data={r.lists.lifeDomains.map((d) => ({ name: d.label, start: est(`problem_start.${d.code}`)?.mean ?? 0, now: est(`problem_now.${d.code}`)?.mean ?? 0, gross: est(`improved.${d.code}`)?.mean ?? 0, net: est(`net_improved.${d.code}`)?.mean ?? 0 }))}
              series={[{ key: 'start', label: 'probleem bij aanvang' }, { key: 'now', label: 'probleem nu' }, { key: 'gross', label: 'verbeterd (bruto)' }, { key: 'net', label: 'verbeterd (netto)' }]} />
            <DomainTable domains={r.lists.lifeDomains} est={est} />
            <p className="small muted">Netto: verbeteringen gewogen naar toeschrijving aan de aanpak (ja 1, deels ½, nee 0).</p>
          </section>
          <section className="card">
            <h2 style={{ marginTop: 0 }}>Bereik, escalaties en tijd</h2>
            <div className="grid2">
              <EstimateTable percent label="Aandelen" rows={[
                { label: 'Nieuw gevonden', estimate: est('newly_found_share') },
                { label: 'Dankzij outreach', estimate: est('outreach_share') },
                { label: 'Met ≥ 1 extra traject', estimate: est('share_hh_extra') },
                { label: 'Met ≥ 1 substitutie', estimate: est('share_hh_substitutie') },
              ]} />
              <EstimateTable label="Per huishouden" rows={[
                { label: 'Voorkomen escalaties', estimate: est('prevented_escalation_per_hh') },
                ...r.lists.escalationTypes.map((e) => ({ label: `  ${e.label}`, estimate: est(`prevented.${e.code}`) })),
                { label: 'Uren teamlid', estimate: est('hours_own_per_hh') },
                { label: 'Uren totaal (met tweede teamlid)', estimate: est('hours_total_per_hh') },
              ]} />
            </div>
          </section>
          <section className="card">
            <h2 style={{ marginTop: 0 }}>Naweging op huishoudtype</h2>
            <p className="small muted">
              {r.postStrata ? 'Toegepast: de schattingen hierboven zijn nagewogen naar de aandelen in de caseload.' : team ? 'Naweging geldt voor het hele onderzoek, niet per team.' : 'Niet toegepast. Vul de aandelen in de caseload in om na te wegen.'}
            </p>
            {!team && <SharesForm studyId={study.id} current={r.householdShares} />}
            {r.postStrata && (
              <table aria-label="Naweging">
                <thead><tr><th>Huishoudtype</th><th className="num">n</th><th className="num">Aandeel steekproef (gewogen)</th><th className="num">Aandeel caseload</th><th className="num">g</th></tr></thead>
                <tbody>{r.postStrata.map((p) => <tr key={p.category}><td>{p.category}</td><td className="num">{p.n}</td><td className="num">{formatPercent(p.sampleShare)}</td><td className="num">{formatPercent(p.populationShare)}</td><td className="num">{formatNumber(p.g, 3)}</td></tr>)}</tbody>
              </table>
            )}
          </section>
          <section className="card">
            <h2 style={{ marginTop: 0 }}>Samenstelling steekproef en kader</h2>
            <div className="grid2">
              <table aria-label="Samenstelling steekproef"><thead><tr><th>Huishoudtype</th><th>Zwaarte</th><th className="num">n</th><th className="num">Gewogen aandeel</th></tr></thead>
                <tbody>{r.composition.sample.map((c) => <tr key={c.householdType + c.severity}><td>{c.householdType}</td><td>{c.severity.replace(/_/g, ' ')}</td><td className="num">{c.n}</td><td className="num">{formatPercent(c.weightedShare)}</td></tr>)}</tbody></table>
              <table aria-label="Samenstelling kader"><thead><tr><th>Huishoudtype (hele kader)</th><th className="num">Dossiers</th><th className="num">Aandeel</th></tr></thead>
                <tbody>{r.composition.frame.map((f) => <tr key={f.householdType}><td>{f.householdType}</td><td className="num">{formatInt(f.n)}</td><td className="num">{formatPercent(f.n / r.composition.frame.reduce((s, x) => s + x.n, 0))}</td></tr>)}</tbody></table>
            </div>
          </section>
        </>
      )}
    </>
  );
}
