/**
 * The review status of a sampled case, as the team lead's overview counts it. Derived, never
 * stored: from the interview status, the lock and the open questions, so it cannot drift.
 */

export const REVIEW_STATUSES = ['te_bespreken', 'besproken', 'vraag_open', 'goedgekeurd'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  te_bespreken: 'te bespreken',
  besproken: 'besproken',
  vraag_open: 'vraag open',
  goedgekeurd: 'goedgekeurd',
};

export interface ReviewFacts {
  itemStatus: string;
  locked: boolean;
  openQuestions: number;
}

/** null for cases outside the review (unusable cases and unused reserves). */
export function reviewStatus(f: ReviewFacts): ReviewStatus | null {
  if (f.itemStatus === 'onbruikbaar' || f.itemStatus === 'reserve') return null;
  if (f.locked) return 'goedgekeurd';
  if (f.openQuestions > 0) return 'vraag_open';
  return f.itemStatus === 'besproken' ? 'besproken' : 'te_bespreken';
}

export type StatusCounts = Record<ReviewStatus, number>;

export function countStatuses(facts: ReviewFacts[]): StatusCounts {
  const counts: StatusCounts = { te_bespreken: 0, besproken: 0, vraag_open: 0, goedgekeurd: 0 };
  for (const f of facts) {
    const s = reviewStatus(f);
    if (s) counts[s]++;
  }
  return counts;
}

/** Why a review action is refused now, or null when it may go ahead. Dutch, shown as-is. */
export function approveRefusal(f: ReviewFacts): string | null {
  if (f.locked) return 'Dit dossier is al goedgekeurd.';
  if (f.itemStatus !== 'besproken') return 'Alleen een besproken dossier kan worden goedgekeurd.';
  if (f.openQuestions > 0) return 'Er staan nog vragen open bij dit dossier. Die moeten eerst beantwoord zijn.';
  return null;
}

export const LOCKED_MESSAGE =
  'Dit dossier is goedgekeurd door de teamleider en daarom vergrendeld. Een onderzoeker kan het ontgrendelen (met reden).';
