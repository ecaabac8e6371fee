'use client';

import { saveStatus, type AutosaveSnapshot } from '@/lib/autosave';
import { focusKey } from './focus-flow';

/**
 * The save indicator: calm while answers are safe (saved, on their way, or offline and kept in this
 * browser), a distinct conflict state with a link to each conflicting answer, and red only when
 * the user must act (an answer refused, storage full, session expired).
 */
export function SaveStatus({
  snapshot,
  labelOf,
  onRetry,
}: {
  snapshot: AutosaveSnapshot | null;
  labelOf: (key: string) => string;
  onRetry: () => void;
}) {
  const s = saveStatus(
    snapshot ?? { state: 'saved', pendingCount: 0, conflicts: [], rejected: {}, storageFailed: false },
  );
  return (
    <span
      className={`save-state tone-${s.tone}`}
      role="status"
      data-state={snapshot?.state ?? 'saved'}
      data-kind={s.kind}
    >
      <span data-save-text="">{s.text}</span>
      {s.keys.slice(0, 3).map((k) => (
        <button key={k} type="button" className="linklike small" data-goto={k} onClick={() => focusKey(k)}>
          naar {labelOf(k)}
        </button>
      ))}
      {s.kind === 'rejected' && (
        <button type="button" className="small secondary" onClick={onRetry}>
          opnieuw proberen
        </button>
      )}
    </span>
  );
}
