'use client';

import { columnHeader, type FieldModel, type SectionModel } from '@/lib/interview/form-model';
import { focusNext } from './focus-flow';
import { SectionKeyHint } from './section-nav';
import { Cell, type Ctx } from './field-cell';
import { RepeatTable } from './repeat-table';

function Fields({ fields, ctx }: { fields: FieldModel[]; ctx: Ctx }) {
  return (
    <div className="qgrid">
      {fields
        .filter((f) => f.asked)
        .map((f) => (
          <div key={f.key} className={f.question.kind === 'text' ? 'q wide' : 'q'}>
            <span className="qlabel">
              {f.label}
              {f.question.kind === 'integer' && f.question.unit ? ` (${f.question.unit})` : ''}
              {f.required ? (
                <span className="req" aria-hidden="true">
                  {' '}
                  *
                </span>
              ) : null}
            </span>
            <Cell f={f} ctx={ctx} />
            {ctx.errors[f.key] && <span className="field-error">{ctx.errors[f.key]}</span>}
          </div>
        ))}
    </div>
  );
}

export function CaseSection({
  section,
  ctx,
  onAddRow,
  onRemoveRow,
}: {
  section: SectionModel;
  ctx: Ctx;
  onAddRow: (table: string) => void;
  onRemoveRow: (table: string, rowId: string) => void;
}) {
  const t = section.table;
  return (
    <section className="card case-section" aria-labelledby={`sec-${section.id}`} data-section={section.id}>
      <div className="section-head">
        <h2 id={`sec-${section.id}`}>
          {section.id}. {section.title}
        </h2>
        <SectionKeyHint id={section.id} />
      </div>
      {section.help && <p className="small muted">{section.help}</p>}
      {t?.type === 'grid' && (
        <table className="answers" aria-label={t.label} data-table={t.code}>
          <thead>
            <tr>
              <th />
              {t.columns.map((q) => (
                <th key={q.code}>{columnHeader(q)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {t.rows.map((row) => (
              <tr key={row.id} data-row={row.id}>
                <th scope="row">{row.label}</th>
                {row.fields.map((f) => (
                  <td key={f.key} className={ctx.errors[f.key] ? 'has-error' : undefined}>
                    <Cell
                      f={f}
                      ctx={ctx}
                      rest={
                        t.rest && f.question.code === t.rest.question
                          ? { table: t.code, key: t.rest.key, label: t.rest.label }
                          : undefined
                      }
                    />
                    {ctx.errors[f.key] && <div className="field-error">{ctx.errors[f.key]}</div>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {t?.type === 'repeat' && <RepeatTable t={t} ctx={ctx} onRemoveRow={onRemoveRow} />}
      {t?.rest && (
        <button
          type="button"
          className="secondary small rest-answer"
          data-rest={t.code}
          onClick={() => ctx.onRest(t.code)}
        >
          {t.rest.label} <kbd>{t.rest.key}</kbd>
        </button>
      )}
      {t?.type === 'repeat' && (
        <button
          type="button"
          className="secondary small add-row"
          data-flow=""
          data-add-row={t.code}
          disabled={t.rows.length >= (t.maxRows ?? 10)}
          onClick={() => onAddRow(t.code)}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              focusNext(e.currentTarget);
            }
          }}
        >
          + {t.itemLabel} toevoegen <kbd>Enter</kbd> · verder <kbd>Tab</kbd>
        </button>
      )}
      {section.fields.length > 0 && <Fields fields={section.fields} ctx={ctx} />}
    </section>
  );
}
