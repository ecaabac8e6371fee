/**
 * Bulk approval of one caseworker's cases: which cases qualify, and why the others do not.
 * A case qualifies only when a single approval would be allowed (finished, not locked, no open
 * question) and it also passes the finish rules now: nothing missing, nothing marked
 * "controleren" and no quality warning left unconfirmed. Dutch reasons are shown as-is.
 */
import { approveRefusal, type ReviewFacts } from './status';

export interface BulkCandidate extends ReviewFacts {
  itemId: number;
  dossiernummer: string;
  /** Finish-rule problems (missing, invalid, to be checked) the case has now. */
  problems: number;
  /** Quality warnings without a confirmation. */
  unconfirmedWarnings: number;
}

export interface BulkSelection {
  eligible: { itemId: number; dossiernummer: string }[];
  excluded: { itemId: number; dossiernummer: string; reason: string }[];
  /** Already approved: neither eligible nor a problem. */
  approved: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function bulkExclusionReason(c: BulkCandidate): string | null {
  if (c.itemStatus !== 'besproken') return 'nog niet afgerond (te bespreken)';
  if (c.openQuestions > 0) return `${plural(c.openQuestions, 'open vraag', 'open vragen')}`;
  if (c.unconfirmedWarnings > 0)
    return `${plural(c.unconfirmedWarnings, 'onbevestigde waarschuwing', 'onbevestigde waarschuwingen')}`;
  if (c.problems > 0) return `niet compleet (${plural(c.problems, 'punt', 'punten')} aan te vullen of te controleren)`;
  return approveRefusal(c);
}

export function selectBulkApproval(cases: readonly BulkCandidate[]): BulkSelection {
  const out: BulkSelection = { eligible: [], excluded: [], approved: 0 };
  for (const c of cases) {
    if (c.locked) {
      out.approved++;
      continue;
    }
    const reason = bulkExclusionReason(c);
    if (reason) out.excluded.push({ itemId: c.itemId, dossiernummer: c.dossiernummer, reason });
    else out.eligible.push({ itemId: c.itemId, dossiernummer: c.dossiernummer });
  }
  return out;
}

/** The same set of cases (order aside): the confirmation the user saw still holds. */
export function sameCases(a: readonly number[], b: readonly number[]): boolean {
  const s = new Set(a);
  return a.length === b.length && s.size === new Set(b).size && b.every((x) => s.has(x));
}
