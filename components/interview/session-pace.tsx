'use client';

import { useEffect, useState } from 'react';
import { caseClockKey, formatDuration, pace, readClock } from '@/lib/interview/clock';

const fmt1 = (n: number) => n.toLocaleString('nl-NL', { maximumFractionDigits: 1 });

/**
 * The session's real pace, from the case clocks in this browser (the time each case page was open
 * and visible): session time, cases finished per hour of it, and the mean time per finished case.
 */
export function SessionPace({ studyId, cases }: { studyId: number; cases: { id: number; finished: boolean }[] }) {
  const [times, setTimes] = useState<Record<number, number> | null>(null);
  useEffect(
    () => setTimes(Object.fromEntries(cases.map((c) => [c.id, readClock(localStorage, caseClockKey(studyId, c.id))]))),
    [studyId, cases],
  );
  if (!times) return <span data-pace="">sessie –</span>;
  const p = pace(cases.map((c) => ({ finished: c.finished, ms: times[c.id] ?? 0 })));
  return (
    <span data-pace="">
      sessie {formatDuration(p.sessionMs)}
      {p.perHour != null && (
        <>
          {' '}
          · tempo <strong data-pace-rate="">{fmt1(p.perHour)} dossiers per uur</strong>
        </>
      )}
      {p.meanMs != null && (
        <>
          {' '}
          · gemiddeld <span data-pace-mean="">{formatDuration(p.meanMs)}</span> per besproken dossier
        </>
      )}
      <span className="small muted"> (de tijd dat een dossier open stond, gemeten in deze browser)</span>
    </span>
  );
}

/** One case's open time in this browser, for the session table. */
export function CaseTime({ studyId, itemId }: { studyId: number; itemId: number }) {
  const [ms, setMs] = useState<number | null>(null);
  useEffect(() => setMs(readClock(localStorage, caseClockKey(studyId, itemId))), [studyId, itemId]);
  return <span data-case-time={itemId}>{ms ? formatDuration(ms) : '–'}</span>;
}
