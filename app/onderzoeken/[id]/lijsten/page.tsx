import Link from 'next/link';
import { getDb } from '@/db/client';
import { getStudyLists } from '@/db/queries/study-lists';
import { ListsForm } from '@/components/lists/lists-form';
import { loadStudy } from '../study-context';

export const dynamic = 'force-dynamic';

export default async function ListsPage({ params }: { params: Promise<{ id: string }> }) {
  const study = await loadStudy(params);
  const lists = getStudyLists(getDb(), study.id);
  return (
    <>
      <div className="crumbs">
        <Link href="/">Onderzoeken</Link> › <Link href={`/onderzoeken/${study.id}`}>{study.name}</Link> › Lijsten
      </div>
      <h1>Lijsten van het codeboek</h1>
      <p className="muted">
        Leefgebieden, trajectcatalogus en escalaties van dit onderzoek. Codes zijn vaste sleutels in de antwoorden; een
        code die al in interviews is gebruikt kan niet meer verwijderd worden, de omschrijving wel aangepast.
      </p>
      <ListsForm studyId={study.id} initial={JSON.parse(JSON.stringify(lists))} />
    </>
  );
}
