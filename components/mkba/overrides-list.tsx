'use client';

import { useTransition } from 'react';
import { formatDateTime } from '@/lib/format/nl';
import { setOverrideAction } from '@/app/onderzoeken/[id]/mkba/actions';

interface Row {
  target: string;
  value: number;
  reason: string;
  updatedBy: string;
  updatedAt: number;
}

/** Every hand override with who, when and why, each removable. */
export function OverridesList({ studyId, rows }: { studyId: number; rows: Row[] }) {
  const [pending, start] = useTransition();
  if (rows.length === 0) return null;
  return (
    <>
      <h2>Overschrijvingen</h2>
      <table aria-label="Overschrijvingen">
        <thead>
          <tr>
            <th>Wat</th>
            <th className="num">Waarde</th>
            <th>Reden</th>
            <th>Door</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.target}>
              <td>
                <code>{o.target.replace(/^line:/, 'post ').replace(/^quantity:/, 'per huishouden ')}</code>
              </td>
              <td className="num">{o.value.toLocaleString('nl-NL', { maximumFractionDigits: 4 })}</td>
              <td>{o.reason}</td>
              <td className="small">
                {o.updatedBy}, {formatDateTime(o.updatedAt)}
              </td>
              <td>
                <button
                  type="button"
                  className="secondary small"
                  disabled={pending}
                  aria-label={`Overschrijving ${o.target} weghalen`}
                  onClick={() =>
                    start(async () => {
                      await setOverrideAction(studyId, { target: o.target, value: null, reason: '' });
                    })
                  }
                >
                  Weghalen
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
