'use client';

import { useEffect, useState } from 'react';

/** Ten cases an hour: a gentle signal once a case takes longer than six minutes. */
export const CASE_PACE_MS = 6 * 60 * 1000;

const mmss = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  return now;
}

/** Session time, kept per caseworker in sessionStorage so it survives moving between cases. */
export function SessionClock({ caseworkerId }: { caseworkerId: number }) {
  const now = useNow();
  const [start, setStart] = useState<number | null>(null);
  useEffect(() => {
    const key = `dossieranalyse:sessie:${caseworkerId}`;
    const stored = Number(sessionStorage.getItem(key));
    const value = stored > 0 ? stored : Date.now();
    sessionStorage.setItem(key, String(value));
    setStart(value);
  }, [caseworkerId]);
  return <span aria-label="Sessieduur">sessie {start ? mmss(now - start) : '0:00'}</span>;
}

export function CaseClock({ startedAt }: { startedAt: number }) {
  const now = useNow();
  const slow = now - startedAt > CASE_PACE_MS;
  return (
    <span aria-label="Tijd voor dit dossier" style={{ color: slow ? 'var(--warn)' : undefined }} title={slow ? 'Langer dan 6 minuten: het tempo is 10 dossiers per uur.' : undefined}>
      dossier {mmss(now - startedAt)}{slow && ' · boven 6 min'}
    </span>
  );
}
