import Link from 'next/link';
import { NewStudyForm } from '@/components/study/new-study-form';

export default function NewStudyPage() {
  return (
    <>
      <div className="crumbs"><Link href="/">Onderzoeken</Link> › Nieuw</div>
      <h1>Nieuw onderzoek</h1>
      <p className="muted">De caseload (huishoudens en cliënten) komt uit het registratiesysteem; hiermee worden de steekproefresultaten later opgehoogd.</p>
      <div className="card"><NewStudyForm /></div>
    </>
  );
}
