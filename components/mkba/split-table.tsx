'use client';

import type { UseFormRegister, UseFormWatch } from 'react-hook-form';
import type { KengetallenView } from '@/lib/mkba/kengetallen-view';
import type { KengetallenValues } from './kengetallen-changes';
import { SourceLabel } from './source-label';

/** The split of every MKBA line over the parties: fixed percentages, or derived (payers, profile). */
export function SplitTable({
  view,
  register,
  watch,
  errors,
}: {
  view: KengetallenView;
  register: UseFormRegister<KengetallenValues>;
  watch: UseFormWatch<KengetallenValues>;
  errors: Record<string, string>;
}) {
  return (
    <div className="table-wrap" style={{ maxHeight: 'none' }}>
      <table aria-label="Verdeling over partijen">
        <thead>
          <tr>
            <th>Post</th>
            <th>Verdeling</th>
            {view.parties.map((p) => (
              <th key={p.code} className="num">
                {p.label} %
              </th>
            ))}
            <th>Bron</th>
          </tr>
        </thead>
        <tbody>
          {view.splits.map((s) => {
            const mode = watch(`splits.${s.line}.mode`) ?? s.mode;
            return (
              <tr key={s.line} data-key={s.key}>
                <td>
                  <strong>{s.line}</strong> {s.label}
                </td>
                <td>
                  <select
                    aria-label={`Verdeling ${s.line}`}
                    defaultValue={s.mode}
                    {...register(`splits.${s.line}.mode`)}
                  >
                    <option value="vast">vaste percentages</option>
                    <option value="betaler">naar betaler per traject</option>
                    <option value="profiel">naar zorgconsumptieprofiel</option>
                  </select>
                  {errors[s.key] && (
                    <div className="field-error" role="alert">
                      {errors[s.key]}
                    </div>
                  )}
                </td>
                {view.parties.map((p) => (
                  <td key={p.code} className="num">
                    <input
                      type="text"
                      inputMode="decimal"
                      size={4}
                      disabled={mode !== 'vast'}
                      aria-label={`${s.line} aandeel ${p.label} (%)`}
                      defaultValue={s.shares[p.code]}
                      {...register(`splits.${s.line}.shares.${p.code}`)}
                    />
                  </td>
                ))}
                <td>
                  <SourceLabel source={s.source} />
                  {s.revision > 0 && (
                    <label className="small">
                      <input type="checkbox" {...register(`splits.${s.line}.reset`)} /> standaard terugzetten
                    </label>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
