'use client';

import type { UseFormRegister } from 'react-hook-form';
import type { KengetallenView } from '@/lib/mkba/kengetallen-view';
import { PROFILE_COLUMN_LABELS, PROFILE_COLUMNS, SEVERITY_LABELS } from '@/lib/mkba/profile';
import type { KengetallenValues } from './kengetallen-changes';
import { SourceLabel } from './source-label';

/** The zorgconsumptieprofiel (€ per household per year), editable per funding column. */
export function ProfileTable({
  view,
  register,
  error,
}: {
  view: KengetallenView;
  register: UseFormRegister<KengetallenValues>;
  error?: string;
}) {
  return (
    <>
      <p className="small">
        <SourceLabel source={view.profile.source} />
        {view.profile.revision > 0 && (
          <label className="small">
            {' '}
            <input type="checkbox" {...register('profile.reset')} /> standaard (rapport) terugzetten
          </label>
        )}
      </p>
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
      <div className="table-wrap" style={{ maxHeight: 'none' }}>
        <table aria-label="Zorgconsumptieprofiel">
          <thead>
            <tr>
              <th>Type</th>
              <th>Zwaarte</th>
              {PROFILE_COLUMNS.map((c) => (
                <th key={c} className="num">
                  {PROFILE_COLUMN_LABELS[c]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.profile.rows.map((r, i) => (
              <tr key={`${r.type}-${r.severity}`}>
                <td>{r.type}</td>
                <td>{SEVERITY_LABELS[r.severity]}</td>
                {PROFILE_COLUMNS.map((c, j) => (
                  <td key={c} className="num">
                    <input
                      type="text"
                      inputMode="decimal"
                      size={6}
                      aria-label={`${r.type} ${SEVERITY_LABELS[r.severity]} ${PROFILE_COLUMN_LABELS[c]}`}
                      defaultValue={String(r.costs[c])}
                      {...register(`profile.cells.${i}.${j}`)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
