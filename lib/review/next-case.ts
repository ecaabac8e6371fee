/**
 * "Volgende dossier": the next case that still needs this person's attention, in the review
 * list's order (team, caseworker, sample position), wrapping around to the top. Why per role:
 * a team lead judges finished cases; a researcher answers the questions that wait on them.
 */
import type { ReviewStatus } from './status';

export const NEEDS_REVIEW: Record<'teamleider' | 'onderzoeker', readonly ReviewStatus[]> = {
  teamleider: ['besproken'],
  onderzoeker: ['vraag_open', 'besproken'],
};

export interface OrderedCase {
  itemId: number;
  dossiernummer: string;
  status: ReviewStatus;
}

/** The first case after `currentId` (wrapping) whose status is in `wanted`; never the current case itself. */
export function nextCaseToReview<T extends OrderedCase>(
  rows: readonly T[],
  currentId: number | null,
  wanted: readonly ReviewStatus[],
): { next: T | null; remaining: number } {
  const candidates = rows.filter((r) => r.itemId !== currentId && wanted.includes(r.status));
  if (candidates.length === 0) return { next: null, remaining: 0 };
  const at = currentId == null ? -1 : rows.findIndex((r) => r.itemId === currentId);
  const after = at < 0 ? [] : rows.slice(at + 1);
  const next = after.find((r) => r.itemId !== currentId && wanted.includes(r.status)) ?? candidates[0];
  return { next, remaining: candidates.length };
}

/** The role whose queue applies: a beheerder reviews like a team lead. */
export function reviewQueueRole(role: string): 'teamleider' | 'onderzoeker' {
  return role === 'onderzoeker' ? 'onderzoeker' : 'teamleider';
}
