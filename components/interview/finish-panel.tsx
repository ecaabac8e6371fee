'use client';

import { useState } from 'react';
import { flushSync } from 'react-dom';
import { focusKey } from './focus-flow';

export interface FinishWarning {
  id: string;
  message: string;
  key?: string;
}

/**
 * The outcome of "Dossier afronden": what is still missing or to be checked (each a link to its
 * field), or the quality warnings to confirm. Enter on the focused "Klopt" confirms one warning and
 * moves to the next; after the last one the case is finished.
 */
export function FinishPanel({
  message,
  errors,
  warnings,
  onConfirm,
}: {
  message: string;
  errors: { key: string; message: string }[];
  warnings: FinishWarning[];
  onConfirm: (id: string) => void;
}) {
  const [done, setDone] = useState<Set<string>>(new Set());
  const kind = errors.length > 0 ? 'error' : warnings.length > 0 ? 'warn' : 'ok';
  const open = warnings.filter((w) => !done.has(w.id));
  function confirm(id: string) {
    // Rendered and focused at once: a fast second Enter must land on the next warning, not on nothing.
    flushSync(() => setDone((d) => new Set([...d, id])));
    document.querySelector<HTMLElement>('[data-warning]:not([data-confirmed]) button')?.focus();
    onConfirm(id);
  }
  return (
    <div className={`alert ${kind}`} role="alert" data-finish={kind}>
      {message}
      {errors.length > 0 && (
        <ul>
          {errors.map((e) => (
            <li key={e.key + e.message}>
              <button type="button" className="linklike" onClick={() => focusKey(e.key)}>
                {e.message}
              </button>
            </li>
          ))}
        </ul>
      )}
      {warnings.length > 0 && (
        <ul className="warnings">
          {warnings.map((w) => (
            <li key={w.id} data-warning={w.id} data-confirmed={done.has(w.id) ? '' : undefined}>
              {w.message}{' '}
              {done.has(w.id) ? (
                <span className="small muted">bevestigd</span>
              ) : (
                <button type="button" className="small" autoFocus={w.id === open[0]?.id} onClick={() => confirm(w.id)}>
                  Klopt <kbd>Enter</kbd>
                </button>
              )}
              {w.key && (
                <>
                  {' '}
                  <button type="button" className="linklike small" onClick={() => focusKey(`${w.key}.aanvang`)}>
                    naar de vraag
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
