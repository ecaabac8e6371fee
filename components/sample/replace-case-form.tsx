'use client';

import { useState } from 'react';
import { replaceCaseAction } from '@/app/onderzoeken/[id]/steekproef/actions';
import { UNUSABLE_REASONS, type UnusableReason } from '@/lib/sampling/unusable';
import { PrivacyHint } from '@/components/ui/privacy-hint';
import { ConfirmReplaceDialog } from './confirm-replace-dialog';

/**
 * "Onbruikbaar" on one sampled case: a reason (and a note for "overig"), a confirmation that says
 * what will happen, then the next reserve is activated. `reserve`: the reserve that will take its
 * place when known (null: none left; undefined: not looked up).
 */
export function ReplaceCaseForm({
  studyId,
  dossiernummer,
  reserve,
}: {
  studyId: number;
  dossiernummer: string;
  reserve?: string | null;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<UnusableReason | ''>('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const id = `vervang-${dossiernummer}`;

  if (!open) {
    return (
      <button
        type="button"
        className="secondary small"
        onClick={() => setOpen(true)}
        aria-label={`Dossier ${dossiernummer} onbruikbaar`}
      >
        Onbruikbaar…
      </button>
    );
  }
  function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!reason) return setError('Kies een reden.');
    if (reason === 'overig' && !note.trim()) return setError('Bij reden "overig" is een toelichting verplicht.');
    setError(null);
    setConfirming(true);
  }
  async function confirm() {
    if (!reason) return;
    setBusy(true);
    const result = await replaceCaseAction(studyId, { dossiernummer, reason, note });
    setBusy(false);
    setConfirming(false);
    if (!result.ok) setError(result.formError ?? 'Vervangen is mislukt.');
    else setOpen(false);
  }
  return (
    <form onSubmit={submit} className="small" aria-label={`Dossier ${dossiernummer} vervangen`}>
      <label htmlFor={`${id}-reden`}>Reden</label>
      <select id={`${id}-reden`} value={reason} onChange={(e) => setReason(e.target.value as UnusableReason)} autoFocus>
        <option value="">– kies –</option>
        {Object.entries(UNUSABLE_REASONS).map(([code, label]) => (
          <option key={code} value={code}>
            {label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-toelichting`}>Toelichting {reason === 'overig' ? '(verplicht)' : '(optioneel)'}</label>
      <input
        id={`${id}-toelichting`}
        type="text"
        value={note}
        maxLength={300}
        onChange={(e) => setNote(e.target.value)}
        aria-describedby={`${id}-hint`}
      />
      <PrivacyHint id={`${id}-hint`} />
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
      <div className="row-actions" style={{ marginTop: '.4rem' }}>
        <button type="submit" disabled={busy}>
          Markeer onbruikbaar
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          Annuleren
        </button>
      </div>
      {confirming && reason && (
        <ConfirmReplaceDialog
          dossiernummer={dossiernummer}
          reasonLabel={UNUSABLE_REASONS[reason].toLowerCase()}
          reserve={reserve}
          busy={busy}
          onConfirm={() => void confirm()}
          onCancel={() => {
            setConfirming(false);
            document.getElementById(`${id}-reden`)?.focus();
          }}
        />
      )}
    </form>
  );
}
