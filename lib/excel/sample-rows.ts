/**
 * The steekproefbestand as plain rows: one row per sampled case (answers as codes, derived from
 * the codebook columns, then the per-case tallies), and trajectories in long format.
 */
import { codebookColumns, resolveCase, valueAtPath, type Codebook, type StudyLists } from '../codebook';
import { entriesToAnswers, type Entries } from '../interview/answer-keys';
import { caseInputVector, inputLayout } from '../aggregate/input-keys';
import { classifyTrajectory, isAction, isOldWay, isWho, type CaseTally } from '../tally';

export interface ExportCase {
  dossiernummer: string;
  team: string;
  teamlid: string;
  N: number;
  /** Completed usable cases of this caseworker (n_h of the estimates). */
  n: number;
  /** N_h / n_h for a finished case, else null. */
  weight: number | null;
  status: string;
  role: string;
  unusableReason: string | null;
  /** Startdatum from the frame (yyyy-mm-dd), written as a real date cell. */
  startDate: string | null;
  /** Version of the case's answers at export (Σ revisions); re-import uses it to detect later changes in the app. */
  answersVersion: number;
  entries: Entries;
  /** Keys whose answer is still the frame's prefill (A1, A11): the only answers an unfinished case exports. */
  prefilled?: readonly string[];
  tally: CaseTally | null;
}

export type Cell = string | number | Date | null;

export const FIXED_COLUMNS = [
  'dossiernummer',
  'team',
  'teamlid',
  'startdatum',
  'N_h',
  'n_h',
  'gewicht',
  'status',
  'rol',
  'reden_onbruikbaar',
  'versie_antwoorden',
  'voorgevuld_uit_kader',
] as const;

/**
 * The answers a case exports. A finished case: what was answered, plus values the codebook derives
 * from them. Any other case (not yet interviewed, in progress, reserve, unusable): nothing but the
 * frame's prefills. Why: an export cell is never a default nobody gave.
 */
export function exportedAnswers(c: ExportCase, codebook: Codebook, lists: StudyLists) {
  const entries =
    c.status === 'besproken' ? c.entries : Object.fromEntries((c.prefilled ?? []).map((k) => [k, c.entries[k]]));
  return resolveCase(codebook, entriesToAnswers(codebook, entries).answers, lists).effective;
}

/** Header and rows of the Steekproef sheet; every answer column comes from the codebook. */
export function sampleTable(cases: readonly ExportCase[], codebook: Codebook, lists: StudyLists) {
  const repeatRows = Math.max(
    1,
    ...cases.map((c) => {
      const rows = c.status === 'besproken' ? entriesToAnswers(codebook, c.entries).answers.C : [];
      return Array.isArray(rows) ? rows.length : 0;
    }),
  );
  const columns = codebookColumns(codebook, lists, { repeatRows });
  const tallyKeys = inputLayout(lists).keys;
  const header = [...FIXED_COLUMNS, ...columns.map((c) => c.name), ...tallyKeys.map((k) => `T_${k}`)];
  const rows = cases.map((c) => {
    const effective = exportedAnswers(c, codebook, lists);
    const answers = columns.map((col): Cell => {
      const v = valueAtPath(effective, col.path);
      return v === undefined || v === null || v === '' ? null : typeof v === 'boolean' ? (v ? 'ja' : 'nee') : v;
    });
    const tally = c.tally ? Array.from(caseInputVector(c.tally, lists)) : tallyKeys.map(() => null);
    const start = c.startDate ? new Date(`${c.startDate}T00:00:00Z`) : null;
    const prefills =
      c.status === 'besproken'
        ? []
        : columns.filter((col) => (c.prefilled ?? []).includes(col.path.join('.'))).map((col) => col.name);
    return [
      c.dossiernummer,
      c.team,
      c.teamlid,
      start,
      c.N,
      c.n,
      c.weight,
      c.status,
      c.role,
      c.unusableReason,
      c.answersVersion,
      prefills.join(', ') || null,
      ...answers,
      ...tally,
    ] as Cell[];
  });
  return { header, rows, columns };
}

/** One row per trajectory row of every case, with its classification. */
export function trajectoryTable(cases: readonly ExportCase[], codebook: Codebook) {
  const header = ['dossiernummer', 'teamlid', 'rij', 'type', 'wie', 'actie', 'oud', 'vervangt_type', 'categorie'];
  const rows: Cell[][] = [];
  for (const c of cases) {
    if (c.status !== 'besproken') continue; // an unfinished case carries no answers
    const list = entriesToAnswers(codebook, c.entries).answers.C;
    (Array.isArray(list) ? list : []).forEach((r, i) => {
      const who = r.wie,
        action = r.actie,
        old = r.oud;
      const category =
        isWho(who) && isAction(action)
          ? classifyTrajectory({ who, action, old: isOldWay(old) ? old : undefined }).category
          : null;
      rows.push([
        c.dossiernummer,
        c.teamlid,
        i + 1,
        (r.type as string) ?? null,
        (who as string) ?? null,
        (action as string) ?? null,
        (old as string) ?? null,
        (r.vervangt_type as string) ?? null,
        category,
      ]);
    });
  }
  return { header, rows };
}
