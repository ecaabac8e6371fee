'use client';

import { useEffect, useId, useRef } from 'react';

/**
 * A modal confirmation for a step a click cannot undo (approving locks a case). The confirm
 * button has the focus, so Enter confirms; Escape (or Annuleren) cancels. Native <dialog>:
 * the browser traps the focus and returns it afterwards.
 */
export function ConfirmDialog({
  open,
  title,
  confirmLabel,
  busy,
  error,
  onConfirm,
  onCancel,
  children,
}: {
  open: boolean;
  title: string;
  confirmLabel: string;
  busy?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
  children: React.ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      confirmRef.current?.focus();
    } else if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={titleId}
      data-confirm-dialog=""
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
      onKeyDown={(e) => {
        // Enter on a button activates that button; anywhere else in the dialog it confirms.
        if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement) && !(e.target instanceof HTMLAnchorElement)) {
          e.preventDefault();
          if (!busy) onConfirm();
        }
      }}
    >
      <h2 id={titleId} style={{ marginTop: 0 }}>
        {title}
      </h2>
      {children}
      {error && (
        <div className="alert error" role="alert">
          {error}
        </div>
      )}
      <div className="row-actions">
        <button type="button" ref={confirmRef} disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={onCancel}>
          Annuleren
        </button>
        <span className="small muted">Enter bevestigt, Escape annuleert.</span>
      </div>
    </dialog>
  );
}

/** Tells the "volgende dossier" link that a review step is done, so it takes the focus (Enter opens it). */
export const REVIEW_STEP_DONE = 'review-step-done';
export function announceStepDone(message: string): void {
  window.dispatchEvent(new CustomEvent(REVIEW_STEP_DONE, { detail: message }));
}
