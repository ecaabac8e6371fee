import type { FrameCounts } from './types';

/** Counts per team and per caseworker; a caseworker's team is the one most of their dossiers are in. */
/** `n` lets callers pass pre-grouped rows (e.g. from SQL `group by`); it defaults to one case per row. */
export function frameCounts(rows: { teamlid: string; team: string; n?: number }[]): FrameCounts {
  const byWorker = new Map<string, Map<string, number>>();
  for (const { teamlid, team, n = 1 } of rows) {
    let teams = byWorker.get(teamlid);
    if (!teams) byWorker.set(teamlid, (teams = new Map()));
    teams.set(team, (teams.get(team) ?? 0) + n);
  }
  const caseworkers = [...byWorker].map(([caseworker, teams]) => {
    let main = '';
    let best = -1;
    let cases = 0;
    for (const [team, n] of teams) {
      cases += n;
      if (n > best || (n === best && team < main)) [main, best] = [team, n];
    }
    return { caseworker, team: main, cases };
  });
  caseworkers.sort((a, b) => a.team.localeCompare(b.team, 'nl') || a.caseworker.localeCompare(b.caseworker, 'nl'));
  const byTeam = new Map<string, { team: string; caseworkers: number; cases: number }>();
  for (const { team, n = 1 } of rows) {
    const t = byTeam.get(team) ?? { team, caseworkers: 0, cases: 0 };
    t.cases += n;
    byTeam.set(team, t);
  }
  for (const w of caseworkers) byTeam.get(w.team)!.caseworkers++;
  const teams = [...byTeam.values()].sort((a, b) => a.team.localeCompare(b.team, 'nl'));
  return { teams, caseworkers };
}
