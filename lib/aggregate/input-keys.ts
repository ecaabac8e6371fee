/**
 * The MKBA inputs measured per household (domain.md §6), as values of one case. Every input is
 * a per-case number whose weighted mean is the estimate; shares are 0/1 values.
 */
import type { StudyLists } from '../codebook/types';
import type { IntervalKind } from '../estimate';
import { CATEGORIES, type CaseTally } from '../tally';

export const CATEGORY_INPUTS = [
  'prof_dw',
  'prof_extra',
  'team',
  'substitutie',
  'meer_op_maat',
  'informeel_aanvullend',
] as const;

/** The input keys of a study, in a stable order: the CLI contract of issue #6. */
export function inputKeys(lists: StudyLists): string[] {
  return [
    'trajecten_per_hh',
    ...CATEGORY_INPUTS.map((c) => `${c}_per_hh`),
    'share_hh_extra',
    'share_hh_substitutie',
    'newly_found_share',
    'outreach_share',
    'hours_own_per_hh',
    'hours_total_per_hh',
    'prevented_escalation_per_hh',
    ...lists.lifeDomains.flatMap((d) => [
      `problem_start.${d.code}`,
      `problem_now.${d.code}`,
      `improved.${d.code}`,
      `net_improved.${d.code}`,
    ]),
    ...lists.escalationTypes.map((e) => `prevented.${e.code}`),
    ...CATEGORIES.flatMap((c) => lists.trajectoryTypes.map((t) => `${c}.${t.code}`)),
  ];
}

const SHARE_KEYS = new Set(['share_hh_extra', 'share_hh_substitutie', 'newly_found_share', 'outreach_share']);
const SHARE_PREFIXES = ['problem_start.', 'problem_now.', 'improved.'];

/**
 * The interval kind of an input (domain.md §6), by what the input is, never by the values a
 * sample happens to hold: indicator inputs are shares (logit), net improvement is signed (t),
 * every other input is a non-negative mean per household (log).
 */
export function inputIntervalKind(key: string): IntervalKind {
  if (SHARE_KEYS.has(key) || SHARE_PREFIXES.some((p) => key.startsWith(p))) return 'logit';
  if (key.startsWith('net_improved.')) return 't';
  return 'log';
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
  for (const c of CATEGORIES)
    for (const ty of lists.trajectoryTypes) v[`${c}.${ty.code}`] = t.categoriesByType[c]?.[ty.code] ?? 0;
  return v;
}

interface Layout {
  keys: string[];
  at: (key: string) => number;
  domains: { code: string; start: number }[];
  escalations: { code: string; i: number }[];
  /** category → trajectory type → position, for the few (category, type) pairs a case has. */
  byType: Map<string, Map<string, number>>;
}

const layouts = new WeakMap<StudyLists, Layout>();

/** Key positions computed once per list set, so per-case work builds no key strings. */
export function inputLayout(lists: StudyLists): Layout {
  let l = layouts.get(lists);
  if (!l) {
    const keys = inputKeys(lists);
    const index = new Map(keys.map((k, i) => [k, i]));
    const at = (k: string) => index.get(k)!;
    l = {
      keys,
      at,
      domains: lists.lifeDomains.map((d) => ({ code: d.code, start: at(`problem_start.${d.code}`) })),
      escalations: lists.escalationTypes.map((e) => ({ code: e.code, i: at(`prevented.${e.code}`) })),
      byType: new Map(
        CATEGORIES.map((c) => [c, new Map(lists.trajectoryTypes.map((t) => [t.code, at(`${c}.${t.code}`)]))]),
      ),
    };
    layouts.set(lists, l);
  }
  return l;
}

/** One case's inputs as a vector in `inputLayout(lists).keys` order (same values as caseInputs). */
export function caseInputVector(t: CaseTally, lists: StudyLists): Float64Array {
  const l = inputLayout(lists);
  const v = new Float64Array(l.keys.length);
  v[0] = t.trajectories;
  CATEGORY_INPUTS.forEach((c, i) => (v[1 + i] = t.categories[c]));
  let j = 1 + CATEGORY_INPUTS.length;
  v[j++] = t.categories.prof_extra >= 1 ? 1 : 0;
  v[j++] = t.categories.substitutie >= 1 ? 1 : 0;
  v[j++] = t.newlyFound;
  v[j++] = t.foundByOutreach;
  v[j++] = t.hoursOwn;
  v[j++] = t.hoursTotal;
  let prevented = 0;
  for (const e of l.escalations) {
    const p = t.escalations[e.code]?.prevented ?? 0;
    v[e.i] = p;
    prevented += p;
  }
  v[j++] = prevented;
  for (const d of l.domains) {
    const x = t.lifeDomains[d.code];
    if (!x) continue;
    v[d.start] = x.problemStart;
    v[d.start + 1] = x.problemNow;
    v[d.start + 2] = x.improved;
    v[d.start + 3] = x.netImprovement;
  }
  // Sparse: a case has only a few (category, type) pairs; the vector starts at zero.
  for (const [category, byType] of Object.entries(t.categoriesByType)) {
    const positions = l.byType.get(category);
    if (!positions) continue;
    for (const [type, n] of Object.entries(byType)) {
      const i = positions.get(type);
      if (i !== undefined) v[i] = n;
    }
  }
  return v;
}
