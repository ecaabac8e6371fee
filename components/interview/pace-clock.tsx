'use client';

import { useEffect, useState } from 'react';
import { addToClock, caseClockKey, formatDuration, readClock, tickMs } from '@/lib/interview/clock';

/** Ten cases an hour: a gentle signal once a case takes longer than six minutes. */
export const CASE_PACE_MS = 6 * 60 * 1000;

const sum = (studyId: number, ids: readonly number[]) =>
  ids.reduce((s, id) => s + readClock(localStorage, caseClockKey(studyId, id)), 0);

/**
 * Counts the time this case page is open and visible, per case in localStorage: it survives a
 * reload and stands still while the case is closed or the tab hidden. The session clock is the
 * sum over the session's cases.
 */
function useCaseTime(studyId: number, itemId: number, sessionIds: readonly number[]) {
  const [times, setTimes] = useState<{ case: number; session: number } | null>(null);
  useEffect(() => {
    const key = caseClockKey(studyId, itemId);
    let last = Date.now();
    const tick = () => {
      const now = Date.now();
      if (document.visibilityState === 'visible') addToClock(localStorage, key, tickMs(last, now));
      last = now;
      setTimes({ case: readClock(localStorage, key), session: sum(studyId, sessionIds) });
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') last = Date.now();
      else tick();
    };
    tick();
    const t = setInterval(tick, 1000);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', tick);
    return () => {
      tick();
      clearInterval(t);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', tick);
    };
  }, [studyId, itemId, sessionIds]);
  return times;
}

export function CaseClock({
  studyId,
  itemId,
  sessionIds,
}: {
  studyId: number;
  itemId: number;
  sessionIds: readonly number[];
}) {
  const times = useCaseTime(studyId, itemId, sessionIds);
  const slow = (times?.case ?? 0) > CASE_PACE_MS;
  return (
    <>
      <span
        aria-label="Tijd voor dit dossier"
        data-clock="case"
        style={{ color: slow ? 'var(--warn)' : undefined }}
        title={slow ? 'Langer dan 6 minuten: het tempo is 10 dossiers per uur.' : 'Tijd dat dit dossier open stond'}
      >
        dossier {formatDuration(times?.case ?? 0)}
        {slow && ' · boven 6 min'}
      </span>
      <span aria-label="Sessieduur" data-clock="session" title="Tijd dat de dossiers van deze sessie open stonden">
        sessie {formatDuration(times?.session ?? 0)}
      </span>
    </>
  );
}
