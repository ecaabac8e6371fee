import Link from 'next/link';
import { getDb } from '@/db/client';
import { listInterviewProgress } from '@/db/queries/interviews';
import { loadStudy } from '../study-context';

export const dynamic = 'force-dynamic';

export default async function InterviewsPage({ params }: { params: Promise<{ id: string }> }) {
  const study = await loadStudy(params);
  const progress = listInterviewProgress(getDb(), study.id);
  const base = `/onderzoeken/${study.id}`;
  return (
    <>
      <div className="crumbs">
        <Link href="/">Onderzoeken</Link> › <Link href={base}>{study.name}</Link> › Interviews
      </div>
      <h1>Interviews</h1>
      {!progress ? (
        <p className="card">
          Trek eerst de steekproef. <Link href={`${base}/steekproef`}>Steekproef</Link>
        </p>
      ) : (
        <>
          <p className="muted">Eén sessie per teamlid (± 1 uur, ± 10 dossiers). Alles wordt automatisch opgeslagen.</p>
          <table aria-label="Interviewsessies">
            <thead>
              <tr>
                <th>Teamlid</th>
                <th>Team</th>
                <th className="num">Besproken</th>
                <th className="num">Te bespreken</th>
                <th className="num">Onbruikbaar</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {progress.caseworkers.map((c) => (
                <tr key={c.caseworkerId}>
                  <td>{c.caseworker}</td>
                  <td>{c.team}</td>
                  <td className="num">
                    {c.done} van {c.toDiscuss}
                  </td>
                  <td className="num">{c.toDiscuss - c.done}</td>
                  <td className="num">{c.unusable}</td>
                  <td>
                    <Link href={`${base}/interviews/${c.caseworkerId}`}>
                      {c.done === 0 ? 'Sessie starten' : c.done < c.toDiscuss ? 'Sessie verder' : 'Bekijken'}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
