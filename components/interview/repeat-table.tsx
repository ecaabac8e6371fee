'use client';

import { columnHeader, type SectionModel } from '@/lib/interview/form-model';
import { Cell, type Ctx } from './field-cell';

type Table = NonNullable<SectionModel['table']>;

/**
 * A repeat table (the trajectories) with each row on two lines: the type on its own line, wide
 * enough to read in full ("Schuldhulpverlening", "Maatje of buddy (vrijwilliger)"), and the other
 * questions beneath it. Ctrl+Delete in a row removes it.
 */
export function RepeatTable({
  t,
  ctx,
  onRemoveRow,
}: {
  t: Table;
  ctx: Ctx;
  onRemoveRow: (table: string, rowId: string) => void;
}) {
  const [first, ...others] = t.columns;
  return (
    <table className="answers repeat" aria-label={t.label} data-table={t.code}>
      <thead>
        <tr>
          <th>{t.itemLabel}</th>
          {others.map((q) => (
            <th key={q.code}>{columnHeader(q)}</th>
          ))}
          <th />
        </tr>
      </thead>
      {t.rows.map((row) => {
        const [head, ...rest] = row.fields;
        const td = (f: typeof head) => (
          <>
            <Cell f={f} ctx={ctx} />
            {ctx.errors[f.key] && <div className="field-error">{ctx.errors[f.key]}</div>}
          </>
        );
        return (
          <tbody
            key={row.id}
            className="repeat-row"
            onKeyDown={(e) => {
              if (e.ctrlKey && e.key === 'Delete') {
                e.preventDefault();
                onRemoveRow(t.code, row.id);
              }
            }}
          >
            <tr data-row={row.id} className="repeat-first">
              <th scope="row" rowSpan={2}>
                {row.label}
              </th>
              <td colSpan={rest.length} className={ctx.errors[head.key] ? 'has-error' : undefined}>
                <span className="qlabel">{first.label}: </span>
                {td(head)}
              </td>
              <td rowSpan={2}>
                <button
                  type="button"
                  className="secondary small"
                  onClick={() => onRemoveRow(t.code, row.id)}
                  aria-label={`${row.label} verwijderen`}
                >
                  ×
                </button>
              </td>
            </tr>
            <tr data-row={row.id}>
              {rest.map((f) => (
                <td key={f.key} className={ctx.errors[f.key] ? 'has-error' : undefined}>
                  {td(f)}
                </td>
              ))}
            </tr>
          </tbody>
        );
      })}
    </table>
  );
}
