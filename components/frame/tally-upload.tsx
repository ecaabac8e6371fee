'use client';

import { useState } from 'react';
import type { ImportIssue } from '@/lib/import/types';
import { MAX_UPLOAD_BYTES, tooLargeMessage } from '@/lib/import/limits';
import { IssuesTable } from './issues-table';

type Conflict = { row: number; dossiernummer: string; column: string; fileValue: unknown; appValue: unknown };
type Result =
  { ok: true; cases: number; answers: number } | { ok: false; errors: ImportIssue[]; conflicts: Conflict[] };

const show = (v: unknown) => (v == null || v === '' ? '(leeg)' : String(v));

/** Upload of a filled-in steekproefbestand or template; shows every problem and conflict, stores all or nothing. */
export function TallyUpload({ studyId }: { studyId: number }) {
  const [result, setResult] = useState<Result | null>(null);
  const [busy, setBusy] = useState(false);
  async function upload(file: File) {
    if (file.size > MAX_UPLOAD_BYTES) {
      return setResult({
        ok: false,
        errors: [{ row: null, column: null, value: null, reason: tooLargeMessage(file.size) }],
        conflicts: [],
      });
    }
    setBusy(true);
    const body = new FormData();
    body.set('bestand', file);
    try {
      const res = await fetch(`/api/onderzoeken/${studyId}/turven`, { method: 'POST', body });
      setResult(await res.json());
    } catch {
      setResult({
        ok: false,
        errors: [
          { row: null, column: null, value: null, reason: 'De server is niet bereikbaar; er is niets opgeslagen.' },
        ],
        conflicts: [],
      });
    }
    setBusy(false);
  }
  return (
    <div>
      <label htmlFor="turven">Ingevuld steekproefbestand of sjabloon (.xlsx)</label>
      <input
        id="turven"
        type="file"
        accept=".xlsx"
        disabled={busy}
        onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])}
      />
      <div aria-live="polite">
        {busy && <p role="status">Bezig met controleren…</p>}
        {result?.ok && (
          <div className="alert ok" role="status">
            {result.answers} antwoorden in {result.cases} dossiers geïmporteerd.
          </div>
        )}
        {result && !result.ok && (
          <>
            <div className="alert error" role="alert">
              Niet geïmporteerd: {result.errors.length} fouten en {result.conflicts.length} conflicten. Er is niets
              opgeslagen.
            </div>
            <IssuesTable issues={result.errors} label="Fouten in het bestand" />
            {result.conflicts.length > 0 && (
              <table aria-label="Conflicten">
                <thead>
                  <tr>
                    <th className="num">Rij</th>
                    <th>Dossier</th>
                    <th>Kolom</th>
                    <th>In het bestand</th>
                    <th>Intussen in de app</th>
                  </tr>
                </thead>
                <tbody>
                  {result.conflicts.map((c) => (
                    <tr key={`${c.row}-${c.column}`}>
                      <td className="num">{c.row}</td>
                      <td>
                        <code>{c.dossiernummer}</code>
                      </td>
                      <td>{c.column}</td>
                      <td>{show(c.fileValue)}</td>
                      <td>{show(c.appValue)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </div>
    </div>
  );
}
