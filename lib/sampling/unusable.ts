/** Why a sampled case cannot be discussed (domain.md §3 step 5); codes are stored, labels shown. */
export const UNUSABLE_REASONS = {
  teamlid_kent_dossier_niet: 'Teamlid kent het dossier niet',
  te_kort_actief: 'Dossier te kort actief',
  verkeerd_toegewezen: 'Verkeerd toegewezen',
  overig: 'Overig',
} as const;

export type UnusableReason = keyof typeof UNUSABLE_REASONS;

export const isUnusableReason = (v: unknown): v is UnusableReason =>
  typeof v === 'string' && Object.hasOwn(UNUSABLE_REASONS, v);

export const SAMPLE_STATUS_LABELS = {
  te_bespreken: 'te bespreken',
  besproken: 'besproken',
  onbruikbaar: 'onbruikbaar',
  reserve: 'reserve',
  reserve_in_gebruik: 'reserve in gebruik',
} as const;

/** Cases whose answers may be entered or changed: the ones to discuss and the discussed ones. */
export const ANSWERABLE_STATUSES: ReadonlySet<string> = new Set(['te_bespreken', 'reserve_in_gebruik', 'besproken']);
