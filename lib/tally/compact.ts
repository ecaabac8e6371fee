/**
 * Stored form of a case tally: zero rows and empty maps left out. A typical tally shrinks from
 * ≈ 2.2 kB to a few hundred bytes, which is what reading 5,000 of them costs.
 */
import type { StudyLists } from '../codebook/types';
import { CATEGORIES } from './classify';
import type { CaseTally, DomainTally, EscalationTally } from './case-tally';

const isZero = (o: object) => Object.values(o).every((v) => v === 0);

export function compactTally(t: CaseTally): Partial<CaseTally> {
  const sparse = <T extends object>(r: Readonly<Record<string, T>>) =>
    Object.fromEntries(Object.entries(r).filter(([, v]) => !isZero(v)));
  return {
    ...t,
    categoriesByType: Object.fromEntries(
      Object.entries(t.categoriesByType).filter(([, m]) => Object.keys(m).length > 0),
    ) as CaseTally['categoriesByType'],
    lifeDomains: sparse(t.lifeDomains),
    escalations: sparse(t.escalations),
  };
}

const ZERO_DOMAIN: DomainTally = { problemStart: 0, problemNow: 0, improved: 0, worsened: 0, netImprovement: 0 };
const ZERO_ESCALATION: EscalationTally = { prevented: 0, occurred: 0, activelyDeployed: 0 };

/** The full tally again, with a zero row for every list item (the inverse of compactTally). */
export function expandTally(c: Partial<CaseTally>, lists: StudyLists): CaseTally {
  return {
    ...(c as CaseTally),
    categoriesByType: Object.fromEntries(
      CATEGORIES.map((k) => [k, c.categoriesByType?.[k] ?? {}]),
    ) as CaseTally['categoriesByType'],
    lifeDomains: Object.fromEntries(lists.lifeDomains.map((d) => [d.code, c.lifeDomains?.[d.code] ?? ZERO_DOMAIN])),
    escalations: Object.fromEntries(
      lists.escalationTypes.map((e) => [e.code, c.escalations?.[e.code] ?? ZERO_ESCALATION]),
    ),
  };
}
