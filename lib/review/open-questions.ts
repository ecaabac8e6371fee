/**
 * Open questions grouped per team and caseworker, with the counts the overview shows. Teams and
 * caseworkers in Dutch alphabetical order; within a caseworker the oldest question first, since
 * it has waited longest.
 */
export interface QuestionLike {
  id: number;
  sampleItemId: number;
  createdAt: number;
  team: string;
  caseworker: string;
}

export interface CaseworkerQuestions<Q> {
  caseworker: string;
  key: string;
  questions: Q[];
  cases: number;
}
export interface TeamQuestions<Q> {
  team: string;
  count: number;
  caseworkers: CaseworkerQuestions<Q>[];
}

const collator = new Intl.Collator('nl', { sensitivity: 'base' });

export function groupOpenQuestions<Q extends QuestionLike>(questions: readonly Q[]): TeamQuestions<Q>[] {
  const teams = new Map<string, Map<string, Q[]>>();
  for (const q of questions) {
    const byWorker = teams.get(q.team) ?? teams.set(q.team, new Map()).get(q.team)!;
    (byWorker.get(q.caseworker) ?? byWorker.set(q.caseworker, []).get(q.caseworker)!).push(q);
  }
  let n = 0;
  return [...teams.entries()]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([team, workers]) => {
      const caseworkers = [...workers.entries()]
        .sort(([a], [b]) => collator.compare(a, b))
        .map(([caseworker, qs]) => ({
          caseworker,
          key: String(++n),
          questions: [...qs].sort((a, b) => a.createdAt - b.createdAt || a.id - b.id),
          cases: new Set(qs.map((q) => q.sampleItemId)).size,
        }));
      return { team, count: caseworkers.reduce((s, c) => s + c.questions.length, 0), caseworkers };
    });
}
