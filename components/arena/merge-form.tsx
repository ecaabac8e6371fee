'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { mergeGroupsAction } from '@/app/onderzoeken/[id]/arena/actions';

/** Merges the chosen groups into the study canvas (replacing it, after confirmation); the merge is recorded. */
export function MergeForm({
  studyId,
  groups,
  studyRevision,
  lastMerge,
}: {
  studyId: number;
  groups: { id: number; name: string }[];
  studyRevision: number;
  lastMerge: string | null;
}) {
  const router = useRouter();
  const [chosen, setChosen] = useState(() => groups.map((g) => g.id));
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (studyRevision > 0 && !window.confirm('Het onderzoekscanvas wordt vervangen door de samenvoeging. Doorgaan?'))
      return;
    setBusy(true);
    const r = await mergeGroupsAction(studyId, { groupIds: chosen, baseRevision: studyRevision });
    setBusy(false);
    if (r.ok) router.push(`/onderzoeken/${studyId}/arena`);
    else setMessage(r.formError ?? 'Samenvoegen is mislukt.');
  };
  return (
    <form className="card" onSubmit={submit} aria-label="Samenvoegen">
      <h2 style={{ marginTop: 0 }}>Samenvoegen tot het onderzoekscanvas</h2>
      <p className="small muted">
        Gelijke kaarten (zelfde kolom en titel) worden één kaart met alle koppelingen; alle pijlen blijven. {lastMerge}
      </p>
      <fieldset style={{ border: 'none', padding: 0 }}>
        <legend className="small">Groepen</legend>
        {groups.map((g) => (
          <label key={g.id} style={{ fontWeight: 400 }}>
            <input
              type="checkbox"
              checked={chosen.includes(g.id)}
              onChange={(e) => setChosen((c) => (e.target.checked ? [...c, g.id] : c.filter((x) => x !== g.id)))}
            />{' '}
            {g.name}
          </label>
        ))}
      </fieldset>
      {message && (
        <div className="alert error" role="alert">
          {message}
        </div>
      )}
      <button type="submit" disabled={busy || chosen.length === 0}>
        Samenvoegen
      </button>
    </form>
  );
}
