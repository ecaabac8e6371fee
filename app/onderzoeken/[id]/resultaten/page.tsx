import Link from 'next/link';
import { listIncompleteCases } from '@/db/queries/legacy-cases';
import { getDb } from '@/db/client';
import { getResults } from '@/db/queries/results';
import { AutoRefresh } from '@/components/results/auto-refresh';
import { IncompleteNotice, ProgressNotice, WarningsNotice } from '@/components/results/sections/notices';
import { PerTypeSection, TrajectoriesSection } from '@/components/results/sections/trajectory-sections';
import { DomainsSection, ReachSection } from '@/components/results/sections/outcome-sections';
import { CompositionSection, PostStratSection } from '@/components/results/sections/design-sections';
import { loadStudy } from '../study-context';

export const dynamic = 'force-dynamic';

function TeamFilter({ base, teams, team }: { base: string; teams: string[]; team?: string }) {
  return (
    <nav className="row-actions" aria-label="Team">
      <Link className={`button ${team ? 'secondary' : ''}`} href={`${base}/resultaten`}>
        Alle teams
      </Link>
      {teams.map((t) => (
        <Link
          key={t}
          className={`button ${team === t ? '' : 'secondary'}`}
          href={`${base}/resultaten?team=${encodeURIComponent(t)}`}
        >
          {t}
        </Link>
      ))}
    </nav>
  );
}

/** The MKBA inputs: progress, warnings, then one section per group of estimates. */
export default async function ResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ team?: string }>;
}) {
  const study = await loadStudy(params);
  const { team: teamParam } = await searchParams;
  const team = typeof teamParam === 'string' && teamParam ? teamParam : undefined;
  const r = getResults(getDb(), study.id, team);
  const base = `/onderzoeken/${study.id}`;
  const crumbs = (
    <div className="crumbs">
      <Link href="/">Onderzoeken</Link> › <Link href={base}>{study.name}</Link> › Resultaten
    </div>
  );
  if (!r) {
    return (
      <>
        {crumbs}
        <h1>Resultaten</h1>
        <p className="card">Trek eerst de steekproef en rond interviews af.</p>
      </>
    );
  }
  const incomplete = listIncompleteCases(getDb(), study.id).filter(
    (c) => !team || r.strata.some((s) => s.caseworker === c.caseworker),
  );
  const byKey = new Map(r.inputs.map((i) => [i.key, i]));
  const est = (k: string) => byKey.get(k);
  return (
    <>
      {crumbs}
      <AutoRefresh />
      <h1>Resultaten: MKBA-invoer</h1>
      <TeamFilter base={base} teams={r.teams} team={team} />
      <ProgressNotice r={r} team={team} />
      <IncompleteNotice cases={incomplete} />
      <WarningsNotice warnings={r.warnings} />
      {r.n === 0 ? (
        <p className="card">Nog geen afgeronde dossiers.</p>
      ) : (
        <>
          <TrajectoriesSection est={est} />
          <PerTypeSection r={r} est={est} />
          <DomainsSection r={r} est={est} />
          <ReachSection r={r} est={est} />
          <PostStratSection r={r} studyId={study.id} team={team} />
          <CompositionSection r={r} />
        </>
      )}
    </>
  );
}
