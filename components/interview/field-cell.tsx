'use client';

import { choiceOptions } from '@/lib/codebook/resolve';
import type { StudyLists } from '@/lib/codebook/types';
import type { FieldModel } from '@/lib/interview/form-model';
import { QuestionControl } from './question-control';

export interface Ctx {
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
    return (
      <span className="derived" data-key={f.key}>
        {label ?? '–'}
      </span>
    );
  }
  return (
    <span className="derived" data-key={f.key}>
      {f.value == null ? '–' : String(f.value)}
    </span>
  );
}

export function Cell({
  f,
  ctx,
  rest,
}: {
  f: FieldModel;
  ctx: Ctx;
  rest?: { table: string; key: string; label: string };
}) {
  if (!f.asked) return <span className="muted">–</span>;
  if (f.derived && !f.question.overridable) return <DerivedValue f={f} lists={ctx.lists} />;
  const control = (
    <QuestionControl
      answerKey={f.key}
      question={f.question}
      label={f.label}
      lists={ctx.lists}
      value={f.value}
      onChange={ctx.onChange}
      flow={f.flow}
      error={ctx.errors[f.key]}
      required={f.required}
      check={ctx.checks[f.key]}
      rest={rest ? { key: rest.key, label: rest.label, run: () => ctx.onRest(rest.table) } : undefined}
    />
  );
  // A question worded per row (the counterfactual in C, by wie and actie) shows its wording in the row.
  if (!f.question.labelWhen) return control;
  return (
    <div className="row-question">
      <span className="row-question-label" data-wording={f.key}>
        {f.label}
      </span>
      {control}
    </div>
  );
}
