/**
 * Client-side autosave for interview answers: framework-free (no React, no next), browser APIs
 * only through injected dependencies so it runs in node tests.
 */
import type { AutosaveState } from './types';

export * from './types';
export { createAutosave, jsonEqual, storageKey, MAX_DEBOUNCE_MS } from './queue';

const LABELS: Record<AutosaveState, string> = {
  saved: 'Opgeslagen',
  saving: 'Bezig met opslaan',
  pending: 'Wijzigingen wachten',
  offline: 'Niet opgeslagen – opnieuw proberen',
  error: 'Niet opgeslagen – opnieuw proberen',
  expired: 'Sessie verlopen – log opnieuw in',
};

/** Dutch status text for the save indicator; offline and error share one text because both need "opnieuw proberen". */
export function stateLabel(state: AutosaveState): string {
  return LABELS[state];
}
