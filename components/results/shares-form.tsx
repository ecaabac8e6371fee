'use client';

import { useState } from 'react';
import { setSharesAction } from '@/app/onderzoeken/[id]/resultaten/actions';

const TYPES = [
  ['gezin', 'Gezin'],
  ['oudere', 'Oudere'],
  ['overig', 'Overig'],
] as const;

/** Post-stratification on huishoudtype: the caseload shares the study knows from its registration. */
export function SharesForm({ studyId, current }: { studyId: number; current: Record<string, number> | null }) {
  const [values, setValues] = useState<Record<string, string>>(
    Object.fromEntries(TYPES.map(([k]) => [k, current?.[k] != null ? String(Math.round(current[k] * 1000) / 10) : ''])),
  );
  const [error, setError] = useState<string | null>(null);
  async function save(clear: boolean) {
    setError(null);
    const result = await setSharesAction(
      studyId,
      clear ? null : { gezin: values.gezin, oudere: values.oudere, overig: values.overig },
    );
    if (!result.ok) setError(result.formError ?? 'Opslaan is mislukt.');
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save(false);
      }}
      aria-label="Naweging op huishoudtype"
    >
      <div className="row-actions" style={{ marginTop: 0 }}>
        {TYPES.map(([k, label]) => (
          <label key={k} style={{ fontWeight: 400 }}>
            {label} (%){' '}
            <input
              type="number"
              min={0}
              max={100}
              step="0.1"
              style={{ width: '6rem' }}
              value={values[k]}
              onChange={(e) => setValues((v) => ({ ...v, [k]: e.target.value }))}
            />
          </label>
        ))}
        <button type="submit">Naweging toepassen</button>
        {current && (
          <button type="button" className="secondary" onClick={() => void save(true)}>
            Naweging uitzetten
          </button>
        )}
      </div>
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
    </form>
  );
}
