import Link from 'next/link';
import { getDb } from '@/db/client';
import { getKengetallen, listKengetalRanges } from '@/db/queries/kengetallen';
import { getStudyListsMeta } from '@/db/queries/study-lists';
import { rangeableKengetallen } from '@/lib/mkba/kengetal-range';
import { toTyped } from '@/lib/mkba/kengetal-schema';
import { kengetallenView } from '@/lib/mkba/kengetallen-view';
import { KengetallenForm } from '@/components/mkba/kengetallen-form';
import { PriceSection } from '@/components/mkba/sections/price-section';
import { RangesSection } from '@/components/mkba/sections/ranges-section';
import { loadStudy } from '../study-context';

export const dynamic = 'force-dynamic';

/** Everything the MKBA needs that does not come from the cases: prices, kengetallen, ranges. */
export default async function KengetallenPage({ params }: { params: Promise<{ id: string }> }) {
  const study = await loadStudy(params);
  const db = getDb();
  const { lists, resolved } = getKengetallen(db, study.id);
  const rangeable = rangeableKengetallen(lists);
  const unitOf = new Map(rangeable.map((k) => [k.key, k.unit]));
  const typed = (key: string, x: unknown) =>
    typeof x === 'number' ? toTyped(unitOf.get(key) ?? 'aantal', x).toLocaleString('nl-NL') : '';
  const base = `/onderzoeken/${study.id}`;
  return (
    <>
      <div className="crumbs">
        <Link href="/">Onderzoeken</Link> › <Link href={base}>{study.name}</Link> › Kengetallen
      </div>
      <h1>Kengetallen</h1>
      <p className="muted">
        Alles wat de MKBA nodig heeft en niet uit de dossiers komt. Elke waarde toont haar bron: de standaard uit het
        rapport, een afgeleide standaard, of wie haar invoerde en wanneer. Een ontbrekende waarde is een fout op het{' '}
        <Link href={`${base}/mkba`}>uitvoerscherm</Link>, nooit stilzwijgend nul.
      </p>
      <PriceSection studyId={study.id} lists={lists} meta={getStudyListsMeta(db, study.id)} />
      <KengetallenForm studyId={study.id} view={kengetallenView(resolved, lists)} />
      <RangesSection
        studyId={study.id}
        options={rangeable.map((k) => ({
          key: k.key,
          label: k.label,
          unit: k.unit,
          current: typed(k.key, resolved.get(k.key)?.value),
        }))}
        rows={listKengetalRanges(db, study.id, lists).map((r) => ({
          key: r.key,
          label: r.label ?? r.key,
          low: typed(r.key, r.low),
          high: typed(r.key, r.high),
          source: r.source,
          by: r.updatedBy,
        }))}
      />
    </>
  );
}
