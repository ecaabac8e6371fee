'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { approveCaseworkerAction } from '@/app/onderzoeken/[id]/beoordeling/actions';
import type { BulkSelection } from '@/lib/review/bulk';
import { ConfirmDialog } from './confirm-dialog';

/**
 * "Alles goedkeuren" for one caseworker: one confirmation lists the cases that will be approved
 * (and locked) and those left out with the reason. The server approves exactly that list, or nothing.
 */
export function BulkApprove({
  studyId,
  caseworkerId,
  caseworker,
  selection,
}: {
  studyId: number;
  caseworkerId: number;
  caseworker: string;
  selection: Pick<BulkSelection, 'eligible' | 'excluded'>;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { eligible, excluded } = selection;
  async function confirm() {
    setBusy(true);
    setError(null);
    const r = await approveCaseworkerAction(studyId, { caseworkerId, itemIds: eligible.map((e) => e.itemId) });
    setBusy(false);
    if (!r.ok) return setError(r.formError ?? 'Goedkeuren is niet gelukt.');
    setOpen(false);
    setDone(
      `${r.data.length} ${r.data.length === 1 ? 'dossier' : 'dossiers'} van ${caseworker} goedgekeurd: ${r.data.join(', ')}.`,
    );
    router.refresh();
  }
  return (
    <div className="bulk-approve" data-bulk={caseworker}>
      {done && (
        <p className="alert ok" role="status">
          {done}
        </p>
      )}
      {eligible.length > 0 && (
        <button
          type="button"
          onClick={() => {
            setError(null);
            setOpen(true);
          }}
        >
          Alle klare dossiers goedkeuren ({eligible.length})…
        </button>
      )}
      {excluded.length > 0 && (
        <p className="small muted" data-bulk-excluded={excluded.length}>
          Niet mee goed te keuren: {excluded.map((e) => `${e.dossiernummer} (${e.reason})`).join('; ')}.
        </p>
      )}
      <ConfirmDialog
        open={open}
        title={`${eligible.length} ${eligible.length === 1 ? 'dossier' : 'dossiers'} van ${caseworker} goedkeuren?`}
        confirmLabel="Alle goedkeuren en vergrendelen"
        busy={busy}
        error={error}
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      >
        <p>
          Deze dossiers worden goedgekeurd en <strong>vergrendeld</strong>: niemand kan de antwoorden daarna nog
          wijzigen. Alleen een onderzoeker kan een dossier weer ontgrendelen, met een reden. Alles of niets: verandert
          er intussen iets, dan wordt niets goedgekeurd.
        </p>
        <ul className="dossier-list" aria-label="Wordt goedgekeurd">
          {eligible.map((e) => (
            <li key={e.itemId}>
              <code>{e.dossiernummer}</code>
            </li>
          ))}
        </ul>
        {excluded.length > 0 && (
          <>
            <p style={{ marginBottom: '.2rem' }}>Niet goedgekeurd:</p>
            <ul aria-label="Wordt niet goedgekeurd" className="small">
              {excluded.map((e) => (
                <li key={e.itemId}>
                  <code>{e.dossiernummer}</code>: {e.reason}
                </li>
              ))}
            </ul>
          </>
        )}
      </ConfirmDialog>
    </div>
  );
}
