'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { answerSchema, questionSchema, unlockSchema } from '@/lib/review/review-schema';
import {
  answerQuestionAction,
  approveCaseAction,
  askQuestionAction,
  unlockCaseAction,
} from '@/app/onderzoeken/[id]/beoordeling/actions';
import type { ActionResult } from '@/app/action-result';
import { PrivacyHint } from '@/components/ui/privacy-hint';
import { announceStepDone, ConfirmDialog } from './confirm-dialog';

type Ids = { studyId: number; itemId: number };

/** Runs a review action; on success the page reloads its server data, on refusal the message shows. */
function useStep() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function run(p: Promise<ActionResult<null>>, done?: () => void) {
    setError(null);
    const r = await p;
    if (!r.ok) return setError(r.formError ?? 'Dit is niet gelukt.');
    done?.();
    router.refresh();
  }
  const alert = error ? (
    <div className="alert error" role="alert">
      {error}
    </div>
  ) : null;
  return { run, alert };
}

/** Grows with its text where the browser lacks CSS field-sizing (the stylesheet does it elsewhere). */
function grow(e: React.FormEvent<HTMLTextAreaElement>) {
  const t = e.currentTarget;
  if (typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content')) return;
  t.style.height = 'auto';
  t.style.height = `${t.scrollHeight + 2}px`;
}

function Area({
  id,
  label,
  error,
  rows = 3,
  ...rest
}: { id: string; label: string; error?: string } & React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={rows}
        className="question-box"
        onInput={grow}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint ${id}-error`}
        {...rest}
      />
      <PrivacyHint id={`${id}-hint`} />
      <div id={`${id}-error`} className="field-error" aria-live="polite">
        {error}
      </div>
    </div>
  );
}

export function QuestionForm({
  studyId,
  itemId,
  fields,
  children,
}: Ids & { fields: { key: string; label: string }[]; children?: React.ReactNode }) {
  const { run, alert } = useStep();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof questionSchema>>({
    resolver: zodResolver(questionSchema),
    defaultValues: { body: '', questionKey: '' },
  });
  return (
    <form
      onSubmit={handleSubmit((v) =>
        run(askQuestionAction(studyId, itemId, v), () => {
          reset();
          announceStepDone('Vraag gesteld.');
        }),
      )}
      noValidate
      aria-label="Vraag stellen"
    >
      {alert}
      <div className="field">
        <label htmlFor="questionKey">Over</label>
        <select id="questionKey" {...register('questionKey')}>
          <option value="">het hele dossier</option>
          {fields.map((f) => (
            <option key={f.key} value={f.key}>
              {f.label}
            </option>
          ))}
        </select>
      </div>
      <Area id="question-body" label="Vraag" rows={5} error={errors.body?.message} {...register('body')} />
      <div className="row-actions">
        <button type="submit" disabled={isSubmitting}>
          Vraag stellen
        </button>
        {children}
      </div>
    </form>
  );
}

export function AnswerForm({ studyId, itemId, questionId }: Ids & { questionId: number }) {
  const { run, alert } = useStep();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof answerSchema>>({ resolver: zodResolver(answerSchema), defaultValues: { body: '' } });
  return (
    <form
      onSubmit={handleSubmit((v) => run(answerQuestionAction(studyId, itemId, { questionId, body: v.body })))}
      noValidate
      aria-label={`Vraag ${questionId} beantwoorden`}
    >
      {alert}
      <Area id={`answer-${questionId}`} label="Antwoord" error={errors.body?.message} {...register('body')} />
      <button type="submit" className="small" disabled={isSubmitting}>
        Antwoord versturen
      </button>
    </form>
  );
}

/** Approving locks the case: a dialog says so first; Enter confirms, Escape cancels. */
export function ApproveButton({ studyId, itemId, dossiernummer }: Ids & { dossiernummer: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function confirm() {
    setBusy(true);
    setError(null);
    const r = await approveCaseAction(studyId, itemId);
    setBusy(false);
    if (!r.ok) return setError(r.formError ?? 'Goedkeuren is niet gelukt.');
    setOpen(false);
    announceStepDone(`Dossier ${dossiernummer} is goedgekeurd.`);
    router.refresh();
  }
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        Goedkeuren…
      </button>
      <ConfirmDialog
        open={open}
        title={`Dossier ${dossiernummer} goedkeuren?`}
        confirmLabel="Goedkeuren en vergrendelen"
        busy={busy}
        error={error}
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      >
        <p>
          Het dossier wordt <strong>vergrendeld</strong>: niemand kan de antwoorden daarna nog wijzigen. Alleen een
          onderzoeker kan het weer ontgrendelen, met een reden.
        </p>
        <p className="small muted">De goedkeuring komt in de audittrail.</p>
      </ConfirmDialog>
    </>
  );
}

export function UnlockForm({ studyId, itemId }: Ids) {
  const { run, alert } = useStep();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof unlockSchema>>({ resolver: zodResolver(unlockSchema), defaultValues: { reason: '' } });
  return (
    <form
      onSubmit={handleSubmit((v) => run(unlockCaseAction(studyId, itemId, v), () => reset()))}
      noValidate
      aria-label="Ontgrendelen"
    >
      {alert}
      <Area
        id="unlock-reason"
        label="Reden om te ontgrendelen"
        error={errors.reason?.message}
        {...register('reason')}
      />
      <button type="submit" className="secondary" disabled={isSubmitting}>
        Ontgrendelen
      </button>
    </form>
  );
}
