import Link from 'next/link';
import { getDb } from '@/db/client';
import { getFrameStats } from '@/db/queries/frame';
import { formatInt } from '@/lib/format/nl';
import { loadStudy } from '../study-context';

export const dynamic = 'force-dynamic';

export default async function TeamsPage({ params }: { params: Promise<{ id: string }> }) {
  const study = await loadStudy(params);
  const stats = getFrameStats(getDb(), study.id);
  return (
    <>
      <div className="crumbs">
        <Link href="/">Onderzoeken</Link> › <Link href={`/onderzoeken/${study.id}`}>{study.name}</Link> › Teams
      </div>
      <h1>Teams en teamleden</h1>
      <p className="muted">Afgeleid uit het geïmporteerde kader: {formatInt(stats.total)} dossiers.</p>
      {stats.total === 0 ? (
        <p className="card">
          Nog geen kader. <Link href={`/onderzoeken/${study.id}/kader`}>Kader importeren</Link>
        </p>
      ) : (
        <div className="grid2">
          <section>
            <h2>Teams</h2>
            <table aria-label="Teams">
              <thead>
                <tr>
                  <th>Team</th>
                  <th className="num">Teamleden</th>
                  <th className="num">Dossiers</th>
                </tr>
              </thead>
              <tbody>
                {stats.teams.map((t) => (
                  <tr key={t.team}>
                    <td>{t.team}</td>
                    <td className="num">{t.caseworkers}</td>
                    <td className="num">{formatInt(t.cases)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th>Totaal</th>
                  <th className="num">{stats.caseworkers.length}</th>
                  <th className="num">{formatInt(stats.total)}</th>
                </tr>
              </tfoot>
            </table>
          </section>
          <section>
            <h2>Teamleden</h2>
            <table aria-label="Teamleden">
              <thead>
                <tr>
                  <th>Teamlid</th>
                  <th>Team</th>
                  <th className="num">
                    Dossiers (N<sub>h</sub>)
                  </th>
                </tr>
              </thead>
              <tbody>
                {stats.caseworkers.map((c) => (
                  <tr key={c.caseworker}>
                    <td>{c.caseworker}</td>
                    <td>{c.team}</td>
                    <td className="num">{formatInt(c.cases)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </div>
      )}
    </>
  );
}
