'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import {
  createAutosave,
  type Autosave,
  type AutosaveSnapshot,
  type SaveEffects,
  type ServerAnswer,
} from '@/lib/autosave';
import { saveAnswersAction } from '@/app/onderzoeken/[id]/interviews/actions';

export interface CaseState {
  /** Keys marked "controleren", with the Dutch reason. */
  checks: Record<string, string>;
  /** The case's status as the server last reported it. */
  status: string;
  /** Set when a save took a finished case out of the estimates. */
  notice: string | null;
}

/**
 * The case's answers as the page shows them, backed by the autosave engine: every change is
 * kept in localStorage at once and sent (debounced) through the save action.
 *
 * The engine is created after mounting: localStorage exists only in the browser, and the page is
 * rendered on the server first (with the server's answers, so it shows them before hydration).
 */
export function useCaseAnswers(
  studyId: number,
  sampleItemId: number,
  server: Record<string, ServerAnswer>,
  initial: CaseState,
) {
  const [snapshot, setSnapshot] = useState<AutosaveSnapshot | null>(null);
  const [entries, setEntries] = useState<Record<string, unknown>>(() =>
    Object.fromEntries(Object.entries(server).map(([k, a]) => [k, a.value])),
  );
  const [caseState, setCaseState] = useState<CaseState>(initial);
  const engineRef = useRef<Autosave | null>(null);

  useEffect(() => {
    const onEffects = (effects: SaveEffects) => {
      const cleared = effects.cleared.map((c) => c.key).filter((k) => engine.value(k) == null);
      if (cleared.length > 0) setEntries((prev) => ({ ...prev, ...Object.fromEntries(cleared.map((k) => [k, null])) }));
      setCaseState((prev) => ({
        checks: effects.checks,
        status: effects.status,
        notice: effects.notice ?? (effects.status === 'besproken' ? null : prev.notice),
      }));
    };
    const engine = createAutosave({
      sampleItemId,
      storage: window.localStorage,
      send: (req) => saveAnswersAction(studyId, req),
      onChange: setSnapshot,
      onEffects,
    });
    engineRef.current = engine;
    engine.init(server);
    const keys = new Set([...Object.keys(server), ...engine.keys()]);
    setEntries(Object.fromEntries([...keys].map((k) => [k, engine.value(k)])));
    setSnapshot(engine.snapshot());
    const online = () => void engine.online();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      engine.dispose();
    };
    // server answers are the initial state only; later changes flow through the engine
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [studyId, sampleItemId]);

  const set = useCallback((key: string, value: unknown) => {
    engineRef.current?.set(key, value);
    setEntries((prev) => ({ ...prev, [key]: value }));
    // Any explicit answer confirms a "controleren" mark; the server's next reply says the same.
    setCaseState((prev) =>
      key in prev.checks
        ? { ...prev, checks: Object.fromEntries(Object.entries(prev.checks).filter(([k]) => k !== key)) }
        : prev,
    );
  }, []);

  const resolve = useCallback((key: string, choice: 'mine' | 'theirs') => {
    const engine = engineRef.current;
    if (!engine) return;
    engine.resolve(key, choice);
    setEntries((prev) => ({ ...prev, [key]: engine.value(key) }));
  }, []);

  return { entries, set, resolve, snapshot, engine: engineRef, caseState };
}
