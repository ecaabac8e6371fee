/**
 * Classification of one trajectory row (section C) into exactly one category, as the table in
 * domain.md §4. The table is data so the rules can be read, printed and tested row by row.
 */

export const CATEGORIES = [
  'prof_dw',
  'prof_extra',
  'team',
  'substitutie',
  'meer_op_maat',
  'informeel_aanvullend',
  'neutraal',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Dutch names of the categories, for every message and table a person reads. */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  prof_dw: 'Prof. dead weight',
  prof_extra: 'Prof. extra',
  team: 'Door het team',
  substitutie: 'Substitutie',
  meer_op_maat: 'Meer op maat',
  informeel_aanvullend: 'Informeel aanvullend',
  neutraal: 'Neutraal',
};

export const WHO_CODES = ['professional', 'team', 'eigen_kracht', 'vrijwilliger'] as const;
export type Who = (typeof WHO_CODES)[number];
export const ACTION_CODES = ['ingezet', 'afgeschaald', 'beeindigd', 'niet_ingezet'] as const;
export type Action = (typeof ACTION_CODES)[number];
export const OLD_WAY_CODES = ['ja', 'nee', 'weet_niet'] as const;
export type OldWay = (typeof OLD_WAY_CODES)[number];

export interface Classification {
  readonly category: Category;
  /** The answer was "weet niet" (or missing) where it decides the category: review it. */
  readonly flagged: boolean;
}

export interface ClassificationRule {
  readonly who: readonly Who[];
  readonly actions: readonly Action[];
  readonly outcomes: Readonly<Record<OldWay, Classification>>;
  /** Why the rule exists, shown in the codebook documentation. */
  readonly note: string;
}

const ok = (category: Category): Classification => ({ category, flagged: false });
const flag = (category: Category): Classification => ({ category, flagged: true });
const NOT_DEPLOYED: readonly Action[] = ['afgeschaald', 'beeindigd', 'niet_ingezet'];

export const CLASSIFICATION_TABLE: readonly ClassificationRule[] = [
  {
    who: ['professional'],
    actions: ['ingezet'],
    outcomes: { ja: ok('prof_dw'), nee: ok('prof_extra'), weet_niet: flag('prof_dw') },
    note: 'Zou dit traject in de oude werkwijze ook zijn ingezet? Bij twijfel dead weight (voorzichtig).',
  },
  {
    who: ['professional'],
    actions: NOT_DEPLOYED,
    outcomes: { ja: ok('meer_op_maat'), nee: ok('neutraal'), weet_niet: flag('neutraal') },
    note: 'Zou het in de oude werkwijze (volledig) zijn ingezet of doorgelopen? Ja: meer op maat.',
  },
  {
    who: ['team'],
    actions: ['ingezet'],
    outcomes: { ja: ok('team'), nee: ok('team'), weet_niet: ok('team') },
    note: 'Inzet door het team telt altijd als team (al meegenomen in nieuw voor oud).',
  },
  {
    who: ['eigen_kracht', 'vrijwilliger'],
    actions: ['ingezet'],
    outcomes: { ja: ok('substitutie'), nee: ok('informeel_aanvullend'), weet_niet: flag('informeel_aanvullend') },
    note: 'Zou anders een professional zijn ingezet? Ja: substitutie, anders informeel aanvullend.',
  },
  {
    // Decision beyond the report's table: help by the team, the household's own network or a
    // volunteer that was scaled down, ended or not deployed neither adds, avoids nor replaces a
    // professional trajectory, so it has no cost effect. The oud question is not asked here.
    who: ['team', 'eigen_kracht', 'vrijwilliger'],
    actions: NOT_DEPLOYED,
    outcomes: { ja: ok('neutraal'), nee: ok('neutraal'), weet_niet: ok('neutraal') },
    note: 'Afgeschaalde, beëindigde of niet ingezette niet-professionele hulp: neutraal.',
  },
];

export interface TrajectoryInput {
  readonly who: Who;
  readonly action: Action;
  /** The counterfactual answer; missing counts as "weet niet" (and is flagged where it matters). */
  readonly old?: OldWay | null | undefined;
}

/**
 * Classifies one trajectory row. Why table-driven: the categories feed dead weight, extra care
 * and substitution in the MKBA, so each rule must be visible and testable on its own.
 */
export function classifyTrajectory(row: TrajectoryInput): Classification {
  const rule = CLASSIFICATION_TABLE.find((r) => r.who.includes(row.who) && r.actions.includes(row.action));
  if (!rule) throw new Error(`No classification rule for wie=${row.who}, actie=${row.action}`);
  return rule.outcomes[row.old ?? 'weet_niet'];
}

/** Type guards for codes read from stored answers. */
export const isWho = (v: unknown): v is Who => (WHO_CODES as readonly unknown[]).includes(v);
export const isAction = (v: unknown): v is Action => (ACTION_CODES as readonly unknown[]).includes(v);
export const isOldWay = (v: unknown): v is OldWay => (OLD_WAY_CODES as readonly unknown[]).includes(v);
