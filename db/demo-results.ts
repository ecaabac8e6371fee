import 'server-only';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { inTransaction, type Db } from './client';
import { finishCase, saveAnswers } from './queries/answers';
import { replaceFrame } from './queries/frame';
import { saveKengetallen } from './queries/kengetallen';
import { storeNewDraw } from './queries/sample-draws';
import { listDrawItems } from './queries/sample-items';
import { insertStudy } from './queries/studies';
import { codebookV1, defaultLists } from '@/lib/codebook';
import { allRestAnswers } from '@/lib/interview/rest-answers';

/**
 * A second demo study with interviews done, so the results, the MKBA and the review have
 * something to show: the same synthetic frame, a draw of 6 + 2 per caseworker, 4 cases per
 * caseworker finished with generated answers (through the same saveAnswers/finishCase as the
 * interview page), and demo kengetallen. Deterministic; no real data.
 */
export const DEMO_RESULTS_NAME = 'Demo-resultaten: vier wijken 2018 (interviews gedaan)';

type Rng = (from: number, to: number) => number;

/** One plausible case: household, life domains, 0–4 trajectories, sometimes a prevented escalation. */
function demoAnswers(int: Rng): Record<string, unknown> {
  const pick = <T>(xs: readonly T[]) => xs[int(0, xs.length - 1)];
  const a: Record<string, unknown> = {
    A1: pick(['gezin', 'gezin', 'oudere', 'overig']),
    A8: int(0, 9) < 6 ? 'ja' : 'nee',
    E1: int(2, 40),
    E2: 'nee',
  };
  if (a.A8 === 'nee') a.A9 = int(0, 3) === 0 ? 'ja' : 'nee';
  let problems = 0;
  for (const d of defaultLists.lifeDomains) {
    if (int(0, 9) >= 3 || (d.code === 'opvoeding' && a.A1 !== 'gezin')) continue;
    problems++;
    a[`B.${d.code}.aanvang`] = 'ja';
    const better = int(0, 9) < 4;
    a[`B.${d.code}.nu`] = better ? 'nee' : 'ja';
    if (better) a[`B.${d.code}.toeschrijving`] = pick(['ja', 'ja', 'deels', 'nee']);
  }
  if (problems >= 2) a.B2 = int(0, 2) === 0 ? 'ja' : 'nee';
  const types = [
    'individuele_begeleiding',
    'hulp_huishouden',
    'armoedevoorzieningen',
    'jeugd_ambulant',
    'wmo_wrv',
    'schuldhulpverlening',
    'amw',
  ];
  for (let t = 0; t < int(0, 4); t++) {
    const who = pick(['professional', 'professional', 'professional', 'team', 'eigen_kracht', 'vrijwilliger']);
    const action = int(0, 9) < 8 ? 'ingezet' : 'niet_ingezet';
    const row = `r00${t + 1}`;
    a[`C.${row}.type`] = pick(types);
    a[`C.${row}.wie`] = who;
    a[`C.${row}.actie`] = action;
    if (who === 'professional' || action === 'ingezet') a[`C.${row}.oud`] = pick(['ja', 'ja', 'nee', 'weet_niet']);
    if (who !== 'professional' && a[`C.${row}.oud`] === 'ja')
      a[`C.${row}.vervangt_type`] = pick(['hulp_huishouden', 'individuele_begeleiding', 'jeugd_ambulant']);
  }
  if (int(0, 19) === 0) {
    const e = pick(['huisuitzetting', 'uithuisplaatsing', 'opname_verpleeghuis']);
    a[`D.${e}.status`] = 'voorkomen';
    a[`D.${e}.zekerheid`] = pick(['zeker', 'waarschijnlijk']);
    a[`D.${e}.toelichting`] = 'Synthetisch demovoorbeeld.';
  }
  // Every other row is answered explicitly, as the interview's rest keys do ("overige leefgebieden: geen probleem").
  for (const r of allRestAnswers(codebookV1, defaultLists, a)) a[r.key] = r.value;
  return a;
}

/** Demo values for the kengetallen the report does not give (clearly marked as demo in the note). */
function demoKengetallen() {
  const perDomain = defaultLists.lifeDomains.flatMap((d) => [
    { key: `financialValue.${d.code}`, value: d.code === 'financien' ? '380' : '150', revision: 0, note: 'demowaarde' },
    {
      key: `qaly.${d.code}`,
      value: ['geestelijke_gezondheid', 'lichamelijke_gezondheid', 'sociaal_netwerk'].includes(d.code)
        ? '0,05'
        : '0,01',
      revision: 0,
      note: 'demowaarde',
    },
    { key: `childValue.${d.code}`, value: d.code === 'opvoeding' ? '1768' : '0', revision: 0, note: 'demowaarde' },
  ]);
  const perEscalation = defaultLists.escalationTypes.map((e) => ({
    key: `nuisanceValue.${e.code}`,
    value: '116',
    revision: 0,
    note: 'demowaarde',
  }));
  return [...perDomain, ...perEscalation];
}

export function createDemoResultsStudy(db: Db, frame: Parameters<typeof replaceFrame>[2], actor: string): number {
  const rng = xoroshiro128plus(20181129);
  const int: Rng = (from, to) => uniformInt(rng, from, to);
  return inTransaction(db, () => {
    const studyId = insertStudy(
      db,
      { name: DEMO_RESULTS_NAME, municipality: 'Groningen', year: 2018, households: 2500, clients: 3100, isDemo: true },
      actor,
    );
    replaceFrame(db, studyId, frame, { fileName: 'demo (synthetisch)', fileSha256: 'demo', warnings: [] }, actor);
    const draw = storeNewDraw(db, { studyId, seed: 2018, perCaseworker: 6, reserves: 2, actor });
    const items = listDrawItems(db, draw.id).filter((i) => i.role === 'sample');
    const byWorker = new Map<string, typeof items>();
    for (const i of items) byWorker.set(i.caseworker, [...(byWorker.get(i.caseworker) ?? []), i]);
    for (const cases of byWorker.values()) {
      for (const item of cases.slice(0, 4)) {
        const changes = Object.entries(demoAnswers(int)).map(([key, value]) => ({ key, value, baseRevision: 0 }));
        const saved = saveAnswers(db, { studyId, sampleItemId: item.id, changes, actor });
        if (!saved.ok || saved.outcomes.some((o) => o.status !== 'saved'))
          throw new Error(`demo: antwoorden niet opgeslagen: ${JSON.stringify(saved)}`);
        const done = finishCase(db, { studyId, sampleItemId: item.id, actor });
        if (!done.ok)
          throw new Error(`demo: dossier niet af te ronden: ${done.message} ${JSON.stringify(done.errors)}`);
      }
    }
    const k = saveKengetallen(db, studyId, demoKengetallen(), actor);
    if (!k.ok) throw new Error(`demo: kengetallen: ${JSON.stringify(k.fieldErrors)}`);
    return studyId;
  });
}
