'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import { createAutosave, type AutosaveSnapshot, type ServerAnswer } from '@/lib/autosave';
import { saveAnswersAction } from '@/app/onderzoeken/[id]/interviews/actions';

/**
 * The case's answers as the page shows them, backed by the autosave engine: every change is
 * kept in localStorage at once and sent (debounced) through the save action.
 */
export function useCaseAnswers(studyId: number, sampleItemId: number, server: Record<string, ServerAnswer>) {
  const [snapshot, setSnapshot] = useState<AutosaveSnapshot | null>(null);
  const engine = useMemo(
    () => createAutosave({ sampleItemId, storage: window.localStorage, send: (req) => saveAnswersAction(studyId, req), onChange: setSnapshot }),
    [studyId, sampleItemId],
  );
  const [entries, setEntries] = useState<Record<string, unknown>>({});

  useEffect(() => {
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
  }, [engine]);

  const set = useCallback((key: string, value: unknown) => {
    engine.set(key, value);
    setEntries((prev) => ({ ...prev, [key]: value }));
  }, [engine]);

  const resolve = useCallback((key: string, choice: 'mine' | 'theirs') => {
    engine.resolve(key, choice);
    setEntries((prev) => ({ ...prev, [key]: engine.value(key) }));
  }, [engine]);

  return { entries, set, resolve, snapshot, engine };
}
