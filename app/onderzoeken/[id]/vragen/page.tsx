import Link from 'next/link';
import { getDb } from '@/db/client';
import { getAnswers, getStudyCodebook } from '@/db/queries/answers';
import { listOpenQuestions } from '@/db/queries/reviews';
import { answerKeyLabel } from '@/lib/interview/key-label';
import { groupOpenQuestions } from '@/lib/review/open-questions';
import { formatDateTime } from '@/lib/format/nl';
import { ReviewNav } from '@/components/review/review-nav';
import { loadStudy } from '../study-context';

export const dynamic = 'force-dynamic';

/**
 * Every open question per team and caseworker, with counts; each links to its case. A researcher
 * sees all teams of the study, a team lead only their own (listOpenQuestions filters by team).
 */
export default async function OpenQuestionsPage({ params }: { params: Promise<{ id: string }> }) {
  const study = await loadStudy(params, ['onderzoeker', 'teamleider']);
  const { teamIds, role } = study.access;
  const db = getDb();
  const questions = listOpenQuestions(db, study.id, teamIds);
  const { codebook, lists } = getStudyCodebook(db, study.id);
  const entriesOf = new Map<number, Record<string, unknown>>();
  const labelOf = (itemId: number, key: string) => {
    if (!entriesOf.has(itemId))
      entriesOf.set(itemId, Object.fromEntries(Object.entries(getAnswers(db, itemId)).map(([k, a]) => [k, a.value])));
    return answerKeyLabel(codebook, lists, key, entriesOf.get(itemId)).full;
  };
  const teams = groupOpenQuestions(questions.map((q) => ({ ...q, team: q.item.team, caseworker: q.item.caseworker })));
  const base = `/onderzoeken/${study.id}`;
  return (
    <>
      <div className="crumbs">
        <Link href="/">Onderzoeken</Link> › {role === 'teamleider' ? study.name : <Link href={base}>{study.name}</Link>}{' '}
        › Open vragen
      </div>
      <h1>Open vragen</h1>
      <ReviewNav studyId={study.id} current="vragen" openQuestions={questions.length} />
      <p className="muted">
        {role === 'teamleider'
          ? 'De vragen over dossiers van jouw team die nog op een antwoord van de onderzoeker wachten.'
          : 'Vragen van teamleiders die nog op een antwoord wachten, per team en teamlid. Open het dossier om te antwoorden.'}
      </p>
      {teams.length === 0 ? (
        <p className="card" data-no-questions="">
          Geen open vragen{role === 'teamleider' ? ' in jouw team' : ''}.
        </p>
      ) : (
        <table aria-label="Open vragen per teamlid" style={{ maxWidth: '44rem' }}>
          <thead>
            <tr>
              <th>Team</th>
              <th>Teamlid</th>
              <th className="num">Open vragen</th>
              <th className="num">Dossiers</th>
            </tr>
          </thead>
          <tbody>
            {teams.flatMap((t) =>
              t.caseworkers.map((c) => (
                <tr key={`${t.team}/${c.caseworker}`} data-count-caseworker={c.caseworker}>
                  <td>{t.team}</td>
                  <td>
                    <a href={`#tl-${c.key}`}>{c.caseworker}</a>
                  </td>
                  <td className="num" data-open={c.questions.length}>
                    {c.questions.length}
                  </td>
                  <td className="num">{c.cases}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
      {teams.map((t) => (
        <section key={t.team} aria-label={`Open vragen van team ${t.team}`} data-questions-team={t.team}>
          <h2>
            {t.team} <span className="badge open">{t.count}</span>
          </h2>
          {t.caseworkers.map((c) => (
            <div key={c.caseworker} className="card" id={`tl-${c.key}`} data-questions-caseworker={c.caseworker}>
              <h3 style={{ marginTop: 0 }}>
                {c.caseworker} · {c.questions.length} {c.questions.length === 1 ? 'vraag' : 'vragen'}
              </h3>
              <ul>
                {c.questions.map((q) => (
                  <li key={q.id} data-question={q.id}>
                    <Link href={`${base}/beoordeling/${q.item.itemId}`}>
                      <code>{q.item.dossiernummer}</code>
                    </Link>
                    {q.questionKey ? (
                      <>
                        {' '}
                        over <em>{labelOf(q.item.itemId, q.questionKey)}</em>
                      </>
                    ) : (
                      ' (hele dossier)'
                    )}
                    : {q.body}
                    <span className="small muted">
                      {' '}
                      · {q.createdBy}, {formatDateTime(q.createdAt)}
                    </span>
                    {role !== 'teamleider' && (
                      <>
                        {' '}
                        ·{' '}
                        <Link className="small" href={`${base}/interviews/${q.item.caseworkerId}/${q.item.itemId}`}>
                          interview openen
                        </Link>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
