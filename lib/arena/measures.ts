/**
 * How an Arena effect is measured: the codebook questions and MKBA lines it links to resolve
 * to the input keys of issue #6, whose weighted estimates the canvas shows beside the effect.
 */
import type { Codebook } from '../codebook/types';
import type { LineCode } from '../mkba/types';
import type { ArenaCard } from './doc-schema';

export interface QuestionOption {
  code: string;
  label: string;
  section: string;
}

/** Every question of a codebook a card can link to: case questions ('A8') and table columns ('D.status'). */
export function codebookQuestions(codebook: Codebook): QuestionOption[] {
  return codebook.sections.flatMap((s) => [
    ...(s.table?.questions ?? []).map((q) => ({
      code: `${s.table!.code}.${q.code}`,
      label: `${s.table!.label}: ${q.label}`,
      section: s.title,
    })),
    ...(s.questions ?? []).map((q) => ({ code: q.code, label: q.label, section: s.title })),
  ]);
}

/** Input keys each v1 question feeds; a trailing '.*' stands for every list code (leefgebied). */
export const QUESTION_INPUT_KEYS: Record<string, readonly string[]> = {
  A8: ['newly_found_share'],
  A9: ['outreach_share'],
  'B.aanvang': ['problem_start.*'],
  'B.nu': ['problem_now.*'],
  'B.verandering': ['improved.*'],
  'B.toeschrijving': ['net_improved.*'],
  'C.type': ['trajecten_per_hh'],
  'C.wie': ['prof_dw_per_hh', 'team_per_hh', 'informeel_aanvullend_per_hh'],
  'C.actie': ['prof_extra_per_hh'],
  'C.oud': ['meer_op_maat_per_hh', 'prof_extra_per_hh'],
  'C.vervangt_type': ['substitutie_per_hh'],
  'D.status': ['prevented_escalation_per_hh'],
  'D.zekerheid': ['prevented_escalation_per_hh'],
  E1: ['hours_own_per_hh'],
  E3: ['hours_total_per_hh'],
};

/**
 * Input keys that carry each MKBA line's measured quantity (domain.md §7). K1, K2 and B1a are
 * valued with kengetallen only (fte, cost per fte), so no interview measures them.
 */
export const LINE_INPUT_KEYS: Record<LineCode, readonly string[]> = {
  K1: [],
  K2: [],
  B1a: [],
  K3: ['prof_extra_per_hh'],
  B1b: ['meer_op_maat_per_hh'],
  B1c: ['substitutie_per_hh'],
  B2: ['net_improved.*'],
  B3: ['prevented_escalation_per_hh'],
  B4a: ['net_improved.*'],
  B4b: ['net_improved.*'],
  B4c: ['prevented_escalation_per_hh'],
};

/** The concrete input keys a card resolves to, in a stable order: its lines' keys first, then its questions'. */
export function cardInputKeys(card: Pick<ArenaCard, 'lines' | 'questions'>, allKeys: readonly string[]): string[] {
  const patterns = [
    ...card.lines.flatMap((l) => LINE_INPUT_KEYS[l]),
    ...card.questions.flatMap((q) => QUESTION_INPUT_KEYS[q] ?? []),
  ];
  const out: string[] = [];
  for (const p of patterns) {
    const matches = p.endsWith('.*')
      ? allKeys.filter((k) => k.startsWith(p.slice(0, -1)))
      : allKeys.includes(p)
        ? [p]
        : [];
    for (const k of matches) if (!out.includes(k)) out.push(k);
  }
  return out;
}

export interface Estimate {
  key: string;
  mean: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  n: number;
}

/** The estimates of a card's keys that have a value (n > 0 and a mean). */
export function cardMeasurements(
  card: Pick<ArenaCard, 'lines' | 'questions'>,
  estimates: readonly Estimate[],
): Estimate[] {
  const byKey = new Map(estimates.map((e) => [e.key, e]));
  return cardInputKeys(
    card,
    estimates.map((e) => e.key),
  )
    .map((k) => byKey.get(k)!)
    .filter((e) => e.n > 0 && e.mean != null);
}
