'use client';

import { choiceOptions } from '@/lib/codebook/resolve';
import type { StudyLists } from '@/lib/codebook/types';
import type { FieldModel, SectionModel } from '@/lib/interview/form-model';
import { QuestionControl } from './question-control';
import { focusNext } from './focus-flow';
import { SectionKeyHint } from './section-nav';
import { columnHeader } from '@/lib/interview/form-model';

interface Ctx {
  lists: StudyLists;
  onChange: (key: string, value: unknown) => void;
  errors: Record<string, string>;
  /** Keys marked "controleren", with the reason. */
  checks: Record<string, string>;
  /** Answers every unanswered row of a grid with its rest answer. */
  onRest: (table: string) => void;
}

function DerivedValue({ f, lists }: { f: FieldModel; lists: StudyLists }) {
  if (f.question.kind === 'choice') {
    const label = choiceOptions(f.question, lists).find((o) => o.code === f.value)?.label;
    return <span className="derived" data-key={f.key}>{label ?? '–'}</span>;
  }
  return <span className="derived" data-key={f.key}>{f.value == null ? '–' : String(f.value)}</span>;
}

function Cell({ f, ctx, rest }: { f: FieldModel; ctx: Ctx; rest?: { table: string; key: string; label: string } }) {
  if (!f.asked) return <span className="muted">–</span>;
  if (f.derived && !f.question.overridable) return <DerivedValue f={f} lists={ctx.lists} />;
  const control = <QuestionControl answerKey={f.key} question={f.question} label={f.label} lists={ctx.lists} value={f.value}
    onChange={ctx.onChange} flow={f.flow} error={ctx.errors[f.key]} required={f.required} check={ctx.checks[f.key]}
    rest={rest ? { key: rest.key, label: rest.label, run: () => ctx.onRest(rest.table) } : undefined} />;
  // A question worded per row (the counterfactual in C, by wie and actie) shows its wording in the row.
  if (!f.question.labelWhen) return control;
  return <div className="row-question"><span className="row-question-label" data-wording={f.key}>{f.label}</span>{control}</div>;
}

function Fields({ fields, ctx }: { fields: FieldModel[]; ctx: Ctx }) {
  return (
    <div className="qgrid">
      {fields.filter((f) => f.asked).map((f) => (
        <div key={f.key} className={f.question.kind === 'text' ? 'q wide' : 'q'}>
          <span className="qlabel">{f.label}{f.question.kind === 'integer' && f.question.unit ? ` (${f.question.unit})` : ''}{f.required ? <span className="req" aria-hidden="true"> *</span> : null}</span>
          <Cell f={f} ctx={ctx} />
          {ctx.errors[f.key] && <span className="field-error">{ctx.errors[f.key]}</span>}
        </div>
      ))}
    </div>
  );
}

export function CaseSection({ section, ctx, onAddRow, onRemoveRow }: {
  section: SectionModel; ctx: Ctx; onAddRow: (table: string) => void; onRemoveRow: (table: string, rowId: string) => void;
}) {
  const t = section.table;
  return (
    <section className="card case-section" aria-labelledby={`sec-${section.id}`} data-section={section.id}>
      <div className="section-head"><h2 id={`sec-${section.id}`}>{section.id}. {section.title}</h2><SectionKeyHint id={section.id} /></div>
      {section.help && <p className="small muted">{section.help}</p>}
      {t && (
        <table className="answers" aria-label={t.label} data-table={t.code}>
          <thead><tr><th>{t.type === 'grid' ? '' : t.itemLabel}</th>{t.columns.map((q) => <th key={q.code}>{columnHeader(q)}</th>)}{t.type === 'repeat' && <th />}</tr></thead>
          <tbody>
            {t.rows.map((row) => (
              <tr key={row.id} data-row={row.id} onKeyDown={(e) => {
                if (t.type === 'repeat' && e.ctrlKey && e.key === 'Delete') { e.preventDefault(); onRemoveRow(t.code, row.id); }
              }}>
                <th scope="row">{row.label}</th>
                {row.fields.map((f) => (
                  <td key={f.key} className={ctx.errors[f.key] ? 'has-error' : undefined}>
                    <Cell f={f} ctx={ctx} rest={t.rest && f.question.code === t.rest.question ? { table: t.code, key: t.rest.key, label: t.rest.label } : undefined} />
                    {ctx.errors[f.key] && <div className="field-error">{ctx.errors[f.key]}</div>}
                  </td>
                ))}
                {t.type === 'repeat' && <td><button type="button" className="secondary small" onClick={() => onRemoveRow(t.code, row.id)} aria-label={`${row.label} verwijderen`}>×</button></td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {t?.rest && (
        <button type="button" className="secondary small rest-answer" data-rest={t.code} onClick={() => ctx.onRest(t.code)}>
          {t.rest.label} <kbd>{t.rest.key}</kbd>
        </button>
      )}
      {t?.type === 'repeat' && (
        <button type="button" className="secondary small add-row" data-flow="" data-add-row={t.code} disabled={t.rows.length >= (t.maxRows ?? 10)}
          onClick={() => onAddRow(t.code)}
          onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); focusNext(e.currentTarget); } }}>
          + {t.itemLabel} toevoegen <kbd>Enter</kbd> · verder <kbd>Tab</kbd>
        </button>
      )}
      {section.fields.length > 0 && <Fields fields={section.fields} ctx={ctx} />}
    </section>
  );
}
