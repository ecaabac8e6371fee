import Link from 'next/link';
import { getDb } from '@/db/client';
import { getKengetallen, listKengetalRanges } from '@/db/queries/kengetallen';
import { rangeableKengetallen } from '@/lib/mkba/kengetal-range';
import { toTyped } from '@/lib/mkba/kengetal-schema';
import { RangeForm } from '@/components/mkba/range-form';
import { getStudyListsMeta } from '@/db/queries/study-lists';
import { kengetallenView } from '@/lib/mkba/kengetallen-view';
import { formatDateTime } from '@/lib/format/nl';
import { PARTIES } from '@/lib/codebook/defaults';
import { KengetallenForm } from '@/components/mkba/kengetallen-form';
import { loadStudy } from '../study-context';

export const dynamic = 'force-dynamic';

const eur = (x: number) => `€ ${x.toLocaleString('nl-NL')}`;

export default async function KengetallenPage({ params }: { params: Promise<{ id: string }> }) {
  const study = await loadStudy(params);
  const db = getDb();
  const { lists, resolved } = getKengetallen(db, study.id);
  const meta = getStudyListsMeta(db, study.id);
  const rangeable = rangeableKengetallen(lists);
  const unitOf = new Map(rangeable.map((k) => [k.key, k.unit]));
  const typed = (key: string, x: unknown) => (typeof x === 'number' ? toTyped(unitOf.get(key) ?? 'aantal', x).toLocaleString('nl-NL') : '');
  const base = `/onderzoeken/${study.id}`;
  return (
    <>
      <div className="crumbs"><Link href="/">Onderzoeken</Link> › <Link href={base}>{study.name}</Link> › Kengetallen</div>
      <h1>Kengetallen</h1>
      <p className="muted">Alles wat de MKBA nodig heeft en niet uit de dossiers komt. Elke waarde toont haar bron: de standaard uit het rapport, een afgeleide standaard, of wie haar invoerde en wanneer. Een ontbrekende waarde is een fout op het <Link href={`${base}/mkba`}>uitvoerscherm</Link>, nooit stilzwijgend nul.</p>
      <section className="card">
        <h2>Prijs per trajecttype</h2>
        <p className="hint">Uit de trajectcatalogus van dit onderzoek{meta ? `, laatst gewijzigd door ${meta.updatedBy} op ${formatDateTime(meta.updatedAt)}` : ' (standaardlijst)'}. Wijzig prijzen en betalers in <Link href={`${base}/lijsten`}>Lijsten</Link>.</p>
        <div className="table-wrap">
          <table aria-label="Prijzen per trajecttype">
            <thead><tr><th>Trajecttype</th><th className="num">Prijs</th><th>Betaler</th><th>Bron</th></tr></thead>
            <tbody>{lists.trajectoryTypes.map((t) => (
              <tr key={t.code}><td>{t.label}</td><td className="num">{eur(t.price)}</td><td>{PARTIES.find((p) => p.code === t.payer)?.label ?? t.payer}</td><td><span className="badge">{t.priceSource}</span></td></tr>
            ))}</tbody>
          </table>
        </div>
      </section>
      <KengetallenForm studyId={study.id} view={kengetallenView(resolved, lists)} />
      <section className="card" aria-labelledby="ranges-title">
        <h2 id="ranges-title">Bandbreedtes voor de gevoeligheidsanalyse</h2>
        <p className="hint">Twijfelt u aan een kengetal, geef dan een lage en een hoge waarde met de bron. De probabilistische gevoeligheidsanalyse op het uitvoerscherm trekt het kengetal dan uit een driehoeksverdeling tussen laag en hoog, met de ingevulde waarde als top. De waarde zelf moet tussen laag en hoog liggen. Percentages typt u als percentage (20 = 20%).</p>
        <RangeForm studyId={study.id}
          options={rangeable.map((k) => ({ key: k.key, label: k.label, unit: k.unit, current: typed(k.key, resolved.get(k.key)?.value) }))}
          rows={listKengetalRanges(db, study.id, lists).map((r) => ({ key: r.key, label: r.label ?? r.key, low: typed(r.key, r.low), high: typed(r.key, r.high), source: r.source, by: r.updatedBy }))} />
      </section>
    </>
  );
}
