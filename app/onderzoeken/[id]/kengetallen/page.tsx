import Link from 'next/link';
import { getDb } from '@/db/client';
import { getKengetallen } from '@/db/queries/kengetallen';
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
    </>
  );
}
