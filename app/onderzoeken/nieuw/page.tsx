import Link from 'next/link';
import { notFound } from 'next/navigation';
import { NewStudyForm } from '@/components/study/new-study-form';
import { requireUser } from '@/app/access';
import { getDb } from '@/db/client';
import { listMemberships } from '@/db/queries/users';
import { mayCreateStudy } from '@/lib/auth/permissions';

export const dynamic = 'force-dynamic';

export default async function NewStudyPage() {
  const user = await requireUser();
  if (!mayCreateStudy(user, listMemberships(getDb(), user.id))) notFound();
  return (
    <>
      <div className="crumbs">
        <Link href="/">Onderzoeken</Link> › Nieuw
      </div>
      <h1>Nieuw onderzoek</h1>
      <p className="muted">
        De caseload (huishoudens en cliënten) komt uit het registratiesysteem; hiermee worden de steekproefresultaten
        later opgehoogd.
      </p>
      <div className="card">
        <NewStudyForm />
      </div>
    </>
  );
}
