/**
 * The MKBA inputs measured per household (domain.md §6), as values of one case. Every input is
 * a per-case number whose weighted mean is the estimate; shares are 0/1 values.
 */
import type { StudyLists } from '../codebook/types';
import { CATEGORIES, type CaseTally } from '../tally';

export const CATEGORY_INPUTS = ['prof_dw', 'prof_extra', 'team', 'substitutie', 'meer_op_maat', 'informeel_aanvullend'] as const;

/** The input keys of a study, in a stable order: the CLI contract of issue #6. */
export function inputKeys(lists: StudyLists): string[] {
  return [
    'trajecten_per_hh',
    ...CATEGORY_INPUTS.map((c) => `${c}_per_hh`),
    'share_hh_extra', 'share_hh_substitutie', 'newly_found_share', 'outreach_share',
    'hours_own_per_hh', 'hours_total_per_hh', 'prevented_escalation_per_hh',
    ...lists.lifeDomains.flatMap((d) => [`problem_start.${d.code}`, `problem_now.${d.code}`, `improved.${d.code}`, `net_improved.${d.code}`]),
    ...lists.escalationTypes.map((e) => `prevented.${e.code}`),
    ...CATEGORIES.flatMap((c) => lists.trajectoryTypes.map((t) => `${c}.${t.code}`)),
  ];
}

/** One case's value for every input key. */
export function caseInputs(t: CaseTally, lists: StudyLists): Record<string, number> {
  const v: Record<string, number> = {
    trajecten_per_hh: t.trajectories,
    share_hh_extra: t.categories.prof_extra >= 1 ? 1 : 0,
    share_hh_substitutie: t.categories.substitutie >= 1 ? 1 : 0,
    newly_found_share: t.newlyFound,
    outreach_share: t.foundByOutreach,
    hours_own_per_hh: t.hoursOwn,
    hours_total_per_hh: t.hoursTotal,
    prevented_escalation_per_hh: Object.values(t.escalations).reduce((s, e) => s + e.prevented, 0),
  };
  for (const c of CATEGORY_INPUTS) v[`${c}_per_hh`] = t.categories[c];
  for (const d of lists.lifeDomains) {
    const x = t.lifeDomains[d.code];
    v[`problem_start.${d.code}`] = x?.problemStart ?? 0;
    v[`problem_now.${d.code}`] = x?.problemNow ?? 0;
    v[`improved.${d.code}`] = x?.improved ?? 0;
    v[`net_improved.${d.code}`] = x?.netImprovement ?? 0;
  }
  for (const e of lists.escalationTypes) v[`prevented.${e.code}`] = t.escalations[e.code]?.prevented ?? 0;
  for (const c of CATEGORIES) for (const ty of lists.trajectoryTypes) v[`${c}.${ty.code}`] = t.categoriesByType[c]?.[ty.code] ?? 0;
  return v;
}
