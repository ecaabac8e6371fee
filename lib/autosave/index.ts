/**
 * Client-side autosave for interview answers: framework-free (no React, no next), browser APIs
 * only through injected dependencies so it runs in node tests.
 */
import type { AutosaveState } from './types';

export * from './types';
export { createAutosave, jsonEqual, storageKey, MAX_DEBOUNCE_MS } from './queue';
export { saveStatus, offlineText, type SaveStatus, type SaveTone, type SaveKind } from './status';

const LABELS: Record<AutosaveState, string> = {
  saved: 'Opgeslagen',
  saving: 'Bezig met opslaan',
  pending: 'Wijzigingen wachten',
  offline: 'Offline – bewaard in deze browser',
  error: 'Niet opgeslagen – opnieuw proberen',
  expired: 'Sessie verlopen – log opnieuw in',
};

/** Short Dutch text per engine state; the indicator itself uses saveStatus (counts, conflicts, tone). */
export function stateLabel(state: AutosaveState): string {
  return LABELS[state];
}
