/**
 * The zorgconsumptieprofiel (report table 5, domain.md §8): yearly cost per household by
 * household type and severity, split over the funding columns. It is the default source of the
 * escalation costs (an escalation = one step up to a heavier profile) and of B3's party split.
 */
export const SEVERITIES = ['geen_enkelvoudig', 'meervoudig', 'niet_zelfredzaam', 'top'] as const;
export const PROFILE_TYPES = ['gezin', 'oudere', 'overig'] as const;
export const PROFILE_COLUMNS = ['wi', 'wmo', 'welzijn', 'jeugd', 'zvw', 'rijk'] as const;
export type ProfileColumn = (typeof PROFILE_COLUMNS)[number];

export const SEVERITY_LABELS: Record<(typeof SEVERITIES)[number], string> = {
  geen_enkelvoudig: 'geen/enkelvoudig',
  meervoudig: 'meervoudig',
  niet_zelfredzaam: 'niet zelfredzaam',
  top: 'top',
};
export const PROFILE_COLUMN_LABELS: Record<ProfileColumn, string> = {
  wi: 'W&I',
  wmo: 'Wmo/zorg',
  welzijn: 'Welzijn',
  jeugd: 'Jeugd',
  zvw: 'ZVW',
  rijk: 'Rijk',
};
/** Which party pays each funding column. */
export const PROFILE_COLUMN_PARTY: Record<ProfileColumn, string> = {
  wi: 'gemeente',
  wmo: 'gemeente',
  welzijn: 'gemeente',
  jeugd: 'gemeente',
  zvw: 'zorgverzekeraar',
  rijk: 'rijk',
};

export interface ProfileRow {
  type: (typeof PROFILE_TYPES)[number];
  severity: (typeof SEVERITIES)[number];
  /** Euro per household per year, per funding column; the total is their sum. */
  costs: Record<ProfileColumn, number>;
}

const row = (
  type: ProfileRow['type'],
  severity: ProfileRow['severity'],
  wi: number,
  wmo: number,
  welzijn: number,
  jeugd: number,
  zvw: number,
  rijk: number,
): ProfileRow => ({ type, severity, costs: { wi, wmo, welzijn, jeugd, zvw, rijk } });

/** Report table 5 (€ per household per year). */
export const REPORT_PROFILE: readonly ProfileRow[] = [
  row('gezin', 'geen_enkelvoudig', 100, 0, 0, 1700, 2800, 100),
  row('gezin', 'meervoudig', 7900, 400, 100, 3800, 3700, 200),
  row('gezin', 'niet_zelfredzaam', 7800, 400, 100, 13300, 4300, 100),
  row('gezin', 'top', 12300, 8200, 500, 50100, 5700, 100),
  row('oudere', 'geen_enkelvoudig', 200, 400, 100, 0, 4800, 1100),
  row('oudere', 'meervoudig', 600, 2400, 600, 0, 5000, 1300),
  row('oudere', 'niet_zelfredzaam', 700, 2700, 200, 0, 5100, 1600),
  row('oudere', 'top', 0, 0, 0, 0, 2900, 44400),
  row('overig', 'geen_enkelvoudig', 300, 0, 0, 0, 2100, 0),
  row('overig', 'meervoudig', 10500, 900, 200, 0, 3200, 100),
  row('overig', 'niet_zelfredzaam', 10500, 1900, 100, 0, 3200, 100),
  row('overig', 'top', 6800, 33800, 400, 0, 4700, 9400),
];

export const profileTotal = (r: ProfileRow): number => PROFILE_COLUMNS.reduce((s, c) => s + r.costs[c], 0);

/** Per funding column, the cost increase of every one-step escalation (type × severity → next). */
export function escalationSteps(profile: readonly ProfileRow[]): Record<ProfileColumn, number>[] {
  const steps: Record<ProfileColumn, number>[] = [];
  for (const type of PROFILE_TYPES) {
    for (let s = 0; s + 1 < SEVERITIES.length; s++) {
      const from = profile.find((r) => r.type === type && r.severity === SEVERITIES[s]);
      const to = profile.find((r) => r.type === type && r.severity === SEVERITIES[s + 1]);
      if (from && to)
        steps.push(
          Object.fromEntries(PROFILE_COLUMNS.map((c) => [c, to.costs[c] - from.costs[c]])) as Record<
            ProfileColumn,
            number
          >,
        );
    }
  }
  return steps;
}

/**
 * Default cost of one prevented escalation: the mean total increase of a one-step escalation
 * (the report: "voorkomen escalaties naar een hoger gelegen consumptieprofiel"). The report's own
 * weighting is not published; the unweighted mean of the 9 steps of table 5 is € 18,400, 2% from
 * the report's implied € 18,020 (1% of 2,500 households ≈ € 450,500).
 */
export function meanEscalationCost(profile: readonly ProfileRow[]): number {
  const steps = escalationSteps(profile);
  if (steps.length === 0) return 0;
  return steps.reduce((s, st) => s + PROFILE_COLUMNS.reduce((a, c) => a + st[c], 0), 0) / steps.length;
}

/** Party shares of an escalation's cost: the summed step increases per funding column, negatives dropped. */
export function escalationPartySplit(profile: readonly ProfileRow[]): Record<string, number> {
  const perParty: Record<string, number> = {};
  for (const c of PROFILE_COLUMNS) {
    const sum = escalationSteps(profile).reduce((s, st) => s + st[c], 0);
    if (sum > 0) perParty[PROFILE_COLUMN_PARTY[c]] = (perParty[PROFILE_COLUMN_PARTY[c]] ?? 0) + sum;
  }
  const total = Object.values(perParty).reduce((a, b) => a + b, 0);
  return total > 0 ? Object.fromEntries(Object.entries(perParty).map(([p, x]) => [p, x / total])) : { gemeente: 1 };
}
