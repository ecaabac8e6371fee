'use client';

import { useState } from 'react';
import { archiveDrawAction } from '@/app/onderzoeken/[id]/steekproef/actions';
import { PrivacyHint } from '@/components/ui/privacy-hint';

/** Archiving is explicit and needs a reason: it is the only way to re-draw once interviews have begun. */
export function ArchiveDrawForm({ studyId, version }: { studyId: number; version: number }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const result = await archiveDrawAction(studyId, { reason });
    if (!result.ok) setError(result.formError ?? 'Archiveren is mislukt.');
  }
  return (
    <form onSubmit={submit} aria-label="Steekproef archiveren">
      <div className="field">
        <label htmlFor="archive-reason">Reden om versie {version} te archiveren</label>
        <input
          id="archive-reason"
          type="text"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-describedby="archive-hint archive-error"
        />
        <PrivacyHint id="archive-hint" />
        <div id="archive-error" className="field-error" aria-live="polite">
          {error}
        </div>
      </div>
      <button type="submit" className="secondary">
        Versie {version} archiveren
      </button>
    </form>
  );
}
