import Link from 'next/link';
import { getDb } from '@/db/client';
import { listStudies } from '@/db/queries/studies';
import { formatInt } from '@/lib/format/nl';

export const dynamic = 'force-dynamic';

export default function StudiesPage() {
  const studies = listStudies(getDb());
  return (
    <>
      <h1>Onderzoeken</h1>
      <p className="muted">Elk onderzoek is één MKBA: een gemeente, een jaar, een caseload en een steekproef van dossiers.</p>
      <div className="row-actions"><Link className="button" href="/onderzoeken/nieuw">Nieuw onderzoek</Link></div>
      {studies.length === 0 ? (
        <p className="card">Er zijn nog geen onderzoeken. Maak er een aan om te beginnen.</p>
      ) : (
        <div className="card" style={{ padding: 0 }}>
          <table>
            <thead><tr><th>Naam</th><th>Gemeente</th><th className="num">Jaar</th><th className="num">Huishoudens (caseload)</th><th className="num">Dossiers in kader</th></tr></thead>
            <tbody>
              {studies.map((s) => (
                <tr key={s.id}>
                  <td><Link href={`/onderzoeken/${s.id}`}>{s.name}</Link>{s.isDemo && <> <span className="badge">demo</span></>}</td>
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
