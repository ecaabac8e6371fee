/**
 * The benches' study: 5,000 completed cases in 100 strata of 120 dossiers, with plausible random
 * answers (fixed seed), written straight into case_answers so seeding takes seconds.
 */
import { createDb } from '@/db/client';
import { replaceFrame } from '@/db/queries/frame';
import { insertStudy } from '@/db/queries/studies';
import { storeNewDraw } from '@/db/queries/sample-draws';
import { defaultLists } from '@/lib/codebook';

export const STRATA = 100;
export const PER_STRATUM = 50;

/** A deterministic pseudo-random source so every run aggregates the same data. */
function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedCases(file: string) {
  const db = createDb(file);
  const studyId = insertStudy(
    db,
    { name: 'bench', municipality: 'x', year: 2018, households: 2500, clients: null },
    'bench',
  );
  const rows = [];
  for (let h = 0; h < STRATA; h++)
    for (let i = 0; i < 120; i++) {
      rows.push({
        row: rows.length + 2,
        dossiernummer: `${h}-${i}`,
        teamlid: `Teamlid ${String(h).padStart(3, '0')}`,
        team: `Team ${h % 4}`,
        huishoudtype: null,
        startdatum: null,
        status: null,
      });
    }
  replaceFrame(db, studyId, rows, { fileName: 'bench', fileSha256: 'bench', warnings: [] }, 'bench');
  const draw = storeNewDraw(db, { studyId, seed: 1, perCaseworker: PER_STRATUM, reserves: 0, actor: 'bench' });
  const items = db.$client.prepare('select id from sample_items where draw_id = ?').all(draw.id) as { id: number }[];
  const rnd = mulberry32(2018);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const insert = db.$client.prepare(
    "insert into case_answers (sample_item_id, question_key, value, revision, updated_at, updated_by) values (?, ?, ?, 1, 0, 'bench')",
  );
  db.$client.transaction(() => {
    for (const { id } of items) {
      const a: Record<string, unknown> = {
        A1: pick(['gezin', 'oudere', 'overig']),
        A8: pick(['ja', 'nee']),
        A9: pick(['ja', 'nee']),
        E1: Math.floor(rnd() * 40),
        E2: 'nee',
      };
      for (const d of defaultLists.lifeDomains) {
        if (rnd() < 0.35) {
          a[`B.${d.code}.aanvang`] = 'ja';
          a[`B.${d.code}.nu`] = rnd() < 0.5 ? 'nee' : 'ja';
          if (a[`B.${d.code}.nu`] === 'nee') a[`B.${d.code}.toeschrijving`] = pick(['ja', 'deels', 'nee']);
        }
      }
      a.B2 = pick(['ja', 'nee']);
      for (let t = 0; t < Math.floor(rnd() * 4); t++) {
        const row = `r${t}`;
        const who = pick(['professional', 'professional', 'team', 'eigen_kracht']);
        a[`C.${row}.type`] = pick(defaultLists.trajectoryTypes).code;
        a[`C.${row}.wie`] = who;
        a[`C.${row}.actie`] = 'ingezet';
        a[`C.${row}.oud`] = pick(['ja', 'nee']);
        if (who === 'eigen_kracht' && a[`C.${row}.oud`] === 'ja') a[`C.${row}.vervangt_type`] = 'hulp_huishouden';
      }
      if (rnd() < 0.05) {
        a['D.huisuitzetting.status'] = 'voorkomen';
        a['D.huisuitzetting.zekerheid'] = 'zeker';
        a['D.huisuitzetting.toelichting'] = 'x';
      }
      for (const [k, v] of Object.entries(a)) insert.run(id, k, JSON.stringify(v));
    }
    db.$client.prepare("update sample_items set status = 'besproken' where draw_id = ?").run(draw.id);
  })();
  return { db, studyId, cases: items.length };
}
