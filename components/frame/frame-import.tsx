'use client';

import { useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import Link from 'next/link';
import type { FramePreview, ImportEvent } from '@/lib/import/events';
import type { ImportIssue } from '@/lib/import/types';
import { formatInt } from '@/lib/format/nl';
import { MAX_UPLOAD_BYTES, tooLargeMessage } from '@/lib/import/limits';
import { postNdjson } from './post-ndjson';
import { IssuesTable } from './issues-table';
import { FramePreviewView } from './frame-preview';

type Phase =
  | { kind: 'idle' }
  | { kind: 'busy'; label: string; upload: number; rows: number }
  | { kind: 'preview'; preview: FramePreview }
  | { kind: 'imported'; imported: number; warnings: ImportIssue[] }
  | { kind: 'refused'; errors: ImportIssue[]; errorCount: number }
  | { kind: 'error'; reason: string };

export function FrameImport({ studyId }: { studyId: number }) {
  const router = useRouter();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [sheet, setSheet] = useState<string>('');
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });

  async function send(step: 'controleren' | 'importeren', chosen: File, sheetName: string, sha256?: string) {
    const body = new FormData();
    body.set('bestand', chosen);
    if (sheetName) body.set('werkblad', sheetName);
    if (sha256) body.set('sha256', sha256);
    if (chosen.size > MAX_UPLOAD_BYTES) return setPhase({ kind: 'error', reason: tooLargeMessage(chosen.size) });
    const label = step === 'controleren' ? 'Bestand controleren' : 'Importeren';
    setPhase({ kind: 'busy', label, upload: 0, rows: 0 });
    let final: Phase | null = null;
    await postNdjson(
      `/api/onderzoeken/${studyId}/kader?stap=${step}`,
      body,
      (upload) => setPhase((p) => (p.kind === 'busy' ? { ...p, upload } : p)),
      (e: ImportEvent) => {
        if (e.type === 'progress') setPhase((p) => (p.kind === 'busy' ? { ...p, upload: 1, rows: e.rows } : p));
        else if (e.type === 'preview') final = { kind: 'preview', preview: e.preview };
        else if (e.type === 'imported') final = { kind: 'imported', imported: e.imported, warnings: e.warnings };
        else if (e.type === 'refused') final = { kind: 'refused', errors: e.errors, errorCount: e.errorCount };
        else final = { kind: 'error', reason: e.reason };
      },
    );
    setPhase(final ?? { kind: 'error', reason: 'Geen antwoord van de server. Er is niets opgeslagen.' });
    if (final && (final as Phase).kind === 'imported') router.refresh();
  }

  function choose(f: File | null) {
    setFile(f);
    setSheet('');
    if (f) void send('controleren', f, '');
  }

  const preview = phase.kind === 'preview' ? phase.preview : null;
  const canImport = preview && preview.errorCount === 0 && !preview.lockedReason && preview.totalRows > 0;

  return (
    <div>
      <div className="dropzone">
        <label htmlFor="kaderbestand">Bestand met de caseload (.xlsx of .csv)</label>
        <input
          id="kaderbestand"
          ref={fileInput}
          type="file"
          accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          onChange={(e) => choose(e.target.files?.[0] ?? null)}
          aria-describedby="kaderbestand-hint"
        />
        <div id="kaderbestand-hint" className="hint">
          Verplicht: dossiernummer, teamlid en team. Optioneel: huishoudtype, startdatum, status. Geen persoonsgegevens:
          kolommen als naam, BSN, adres of geboortedatum worden geweigerd.
        </div>
      </div>

      <div aria-live="polite">
        {phase.kind === 'busy' && (
          <div className="card" role="status">
            <strong>{phase.label}…</strong>
            <div className="progress" aria-hidden="true">
              <div style={{ width: `${Math.round(phase.upload * 100)}%` }} />
            </div>
            <div className="small muted">
              {phase.upload < 1
                ? `Uploaden: ${Math.round(phase.upload * 100)}%`
                : `Gelezen: ${formatInt(phase.rows)} rijen`}
            </div>
          </div>
        )}
        {phase.kind === 'error' && (
          <div className="alert error" role="alert">
            {phase.reason}
          </div>
        )}
        {phase.kind === 'refused' && (
          <div className="card">
            <div className="alert error" role="alert">
              Niet geïmporteerd: {phase.errorCount} {phase.errorCount === 1 ? 'probleem' : 'problemen'}. Er is niets
              opgeslagen.
            </div>
            <IssuesTable issues={phase.errors} total={phase.errorCount} label="Problemen" />
          </div>
        )}
        {phase.kind === 'imported' && (
          <div className="alert ok" role="status">
            {formatInt(phase.imported)} dossiers geïmporteerd.{' '}
            <Link href={`/onderzoeken/${studyId}/teams`}>Teams en teamleden bekijken</Link>
          </div>
        )}
      </div>

      {preview && (
        <div className="card">
          <h2 style={{ marginTop: 0 }}>Voorvertoning</h2>
          {preview.sheetNames.length > 1 && file && (
            <div className="field">
              <label htmlFor="werkblad">Werkblad</label>
              <select
                id="werkblad"
                value={sheet || preview.sheetName || ''}
                onChange={(e) => {
                  setSheet(e.target.value);
                  void send('controleren', file, e.target.value);
                }}
              >
                {preview.sheetNames.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </div>
          )}
          {preview.mapping.length === 0 && preview.errorCount > 0 ? (
            <div className="alert error" role="alert">
              {preview.errors[0].reason}
            </div>
          ) : preview.errorCount > 0 ? (
            <div className="alert error" role="alert">
              Dit bestand kan niet geïmporteerd worden: {preview.errorCount}{' '}
              {preview.errorCount === 1 ? 'probleem' : 'problemen'}. Pas het bestand aan en kies het opnieuw. Er is
              niets opgeslagen.
            </div>
          ) : preview.lockedReason ? (
            <div className="alert error" role="alert">
              {preview.lockedReason}
            </div>
          ) : (
            <div className="alert ok">
              Geen problemen gevonden: {formatInt(preview.totalRows)} dossiers, {preview.counts.teams.length} teams,{' '}
              {preview.counts.caseworkers.length} teamleden.
            </div>
          )}
          {preview.mapping.length > 0 && (
            <IssuesTable issues={preview.errors} total={preview.errorCount} label="Problemen" />
          )}
          {preview.warnings.length > 0 && (
            <>
              <h3>Waarschuwingen</h3>
              <IssuesTable issues={preview.warnings} label="Waarschuwingen" />
            </>
          )}
          <FramePreviewView preview={preview} />
          <div className="row-actions">
            <button
              type="button"
              disabled={!canImport}
              onClick={() => file && send('importeren', file, sheet, preview.fileSha256)}
            >
              {canImport ? `Importeren (${formatInt(preview.totalRows)} dossiers)` : 'Importeren'}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setPhase({ kind: 'idle' });
                setFile(null);
                if (fileInput.current) fileInput.current.value = '';
              }}
            >
              Ander bestand kiezen
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
