import Link from 'next/link';
import { getDb } from '@/db/client';
import { listStudies } from '@/db/queries/studies';
import { formatInt } from '@/lib/format/nl';
import { requireUser } from '@/app/access';
import { listMemberships, listStudyIdsForUser } from '@/db/queries/users';
import { mayCreateStudy } from '@/lib/auth/permissions';

export const dynamic = 'force-dynamic';

export default async function StudiesPage() {
  const user = await requireUser();
  const db = getDb();
  // Only the studies this user belongs to (a beheerder sees all); a team lead goes straight to the review.
  const roles = listStudyIdsForUser(db, user);
  const studies = listStudies(db).filter((s) => !roles || roles.has(s.id));
  const href = (id: number) =>
    roles?.get(id) === 'teamleider' ? `/onderzoeken/${id}/beoordeling` : `/onderzoeken/${id}`;
  const mayCreate = mayCreateStudy(user, listMemberships(db, user.id));
  return (
    <>
      <h1>Onderzoeken</h1>
      <p className="muted">
        Elk onderzoek is één MKBA: een gemeente, een jaar, een caseload en een steekproef van dossiers.
      </p>
      {mayCreate && (
        <div className="row-actions">
          <Link className="button" href="/onderzoeken/nieuw">
            Nieuw onderzoek
          </Link>
        </div>
      )}
      {studies.length === 0 ? (
        <p className="card">
          {mayCreate
            ? 'Er zijn nog geen onderzoeken. Maak er een aan om te beginnen.'
            : 'Je hebt nog geen toegang tot een onderzoek. Vraag de beheerder om je toe te voegen.'}
        </p>
      ) : (
        <div className="card" style={{ padding: 0 }}>
          <table>
            <thead>
              <tr>
                <th>Naam</th>
                <th>Gemeente</th>
                <th className="num">Jaar</th>
                <th className="num">Huishoudens (caseload)</th>
                <th className="num">Dossiers in kader</th>
              </tr>
            </thead>
            <tbody>
              {studies.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link href={href(s.id)}>{s.name}</Link>
                    {s.isDemo && (
                      <>
                        {' '}
                        <span className="badge">demo</span>
                      </>
                    )}
                  </td>
                  <td>{s.municipality}</td>
                  <td className="num">{s.year}</td>
                  <td className="num">{s.households == null ? '–' : formatInt(s.households)}</td>
                  <td className="num">{formatInt(s.frameCases)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
