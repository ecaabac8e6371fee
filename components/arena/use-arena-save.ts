'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArenaDoc } from '@/lib/arena/doc-schema';
import type { ActionResult } from '@/app/action-result';

export type SaveState = 'nieuw' | 'opgeslagen' | 'wijzigingen' | 'opslaan' | 'conflict' | 'fout';
export const SAVE_LABELS: Record<SaveState, string> = {
  nieuw: 'Standaardschema, nog niet opgeslagen',
  opgeslagen: 'Opgeslagen',
  wijzigingen: 'Niet opgeslagen wijzigingen',
  opslaan: 'Opslaan…',
  conflict: 'Conflict: niet opgeslagen',
  fout: 'Opslaan mislukt',
};

type SaveFn = (
  canvasId: number | null,
  doc: ArenaDoc,
  baseRevision: number,
) => Promise<ActionResult<{ canvasId: number; revision: number }>>;

/**
 * Autosave with optimistic locking: one save in flight, the latest document saved after it, and
 * a refused (stale) save stops autosaving until the user reloads; nothing is overwritten.
 */
export function useArenaSave(
  initial: { canvasId: number | null; revision: number },
  doc: ArenaDoc,
  save: SaveFn,
  delayMs = 700,
) {
  const [state, setState] = useState<SaveState>(initial.canvasId == null ? 'nieuw' : 'opgeslagen');
  const [message, setMessage] = useState<string | null>(null);
  const ref = useRef({ ...initial, inFlight: false, dirty: false, doc, stopped: false });
  const first = useRef(true);

  // Sends the document until nothing changed while a save was in flight (a loop, not a recursive call).
  const flush = useCallback(async () => {
    const r = ref.current;
    if (r.inFlight) return;
    r.inFlight = true;
    try {
      while (r.dirty && !r.stopped) {
        r.dirty = false;
        setState('opslaan');
        try {
          const res = await save(r.canvasId, r.doc, r.revision);
          if (res.ok) {
            r.canvasId = res.data.canvasId;
            r.revision = res.data.revision;
            setMessage(null);
            setState(r.dirty ? 'wijzigingen' : 'opgeslagen');
          } else {
            r.stopped = Boolean(res.conflict);
            setMessage(res.formError ?? 'Opslaan is mislukt.');
            setState(res.conflict ? 'conflict' : 'fout');
          }
        } catch {
          r.dirty = true;
          setMessage('De server is niet bereikbaar; de wijzigingen worden opnieuw verstuurd.');
          setState('fout');
          return;
        }
      }
    } finally {
      r.inFlight = false;
    }
  }, [save]);

  // The server was unreachable: try again after a pause (the user's next change also retries).
  useEffect(() => {
    if (state !== 'fout' || !ref.current.dirty || ref.current.stopped) return;
    const t = setTimeout(() => void flush(), 5000);
    return () => clearTimeout(t);
  }, [state, flush]);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current.doc = doc;
    ref.current.dirty = true;
    if (!ref.current.stopped) setState('wijzigingen');
    const t = setTimeout(() => void flush(), delayMs);
    return () => clearTimeout(t);
  }, [doc, flush, delayMs]);

  return {
    state,
    message,
    flush: () => {
      ref.current.dirty = true;
      return flush();
    },
  };
}
