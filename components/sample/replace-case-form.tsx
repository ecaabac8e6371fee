'use client';

import { useState } from 'react';
import { replaceCaseAction } from '@/app/onderzoeken/[id]/steekproef/actions';
import { UNUSABLE_REASONS, type UnusableReason } from '@/lib/sampling/unusable';
import { PrivacyHint } from '@/components/ui/privacy-hint';

/** "Onbruikbaar" on one sampled case: a reason (and a note for "overig"), then the next reserve is activated. */
export function ReplaceCaseForm({ studyId, dossiernummer }: { studyId: number; dossiernummer: string }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<UnusableReason | ''>('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `vervang-${dossiernummer}`;

  if (!open) {
    return <button type="button" className="secondary small" onClick={() => setOpen(true)} aria-label={`Dossier ${dossiernummer} onbruikbaar`}>Onbruikbaar…</button>;
  }
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!reason) return setError('Kies een reden.');
    setBusy(true);
    const result = await replaceCaseAction(studyId, { dossiernummer, reason, note });
    setBusy(false);
    if (!result.ok) setError(result.formError ?? 'Vervangen is mislukt.');
    else setOpen(false);
  }
  return (
    <form onSubmit={submit} className="small" aria-label={`Dossier ${dossiernummer} vervangen`}>
      <label htmlFor={`${id}-reden`}>Reden</label>
      <select id={`${id}-reden`} value={reason} onChange={(e) => setReason(e.target.value as UnusableReason)} autoFocus>
        <option value="">– kies –</option>
        {Object.entries(UNUSABLE_REASONS).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
      </select>
      <label htmlFor={`${id}-toelichting`}>Toelichting {reason === 'overig' ? '(verplicht)' : '(optioneel)'}</label>
      <input id={`${id}-toelichting`} type="text" value={note} maxLength={300} onChange={(e) => setNote(e.target.value)} aria-describedby={`${id}-hint`} />
      <PrivacyHint id={`${id}-hint`} />
      {error && <div className="field-error" role="alert">{error}</div>}
      <div className="row-actions" style={{ marginTop: '.4rem' }}>
        <button type="submit" disabled={busy}>Markeer onbruikbaar</button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>Annuleren</button>
      </div>
    </form>
  );
}
