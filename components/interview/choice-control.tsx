'use client';

import { useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import type { CodeOption } from '@/lib/codebook/types';
import { focusNext } from './focus-flow';

export interface ControlProps {
  answerKey: string;
  label: string;
  value: unknown;
  onChange: (value: unknown) => void;
  flow: boolean;
  error?: string;
  /** Required and asked: Enter does not move on while it is unanswered. */
  required?: boolean;
  /** Set when the answer must be checked ("controleren"): Enter or the same key confirms it. */
  check?: string;
  /** The grid's one-key rest answer ("overige leefgebieden: geen probleem"), with its key. */
  rest?: { key: string; label: string; run: () => void };
}

const unanswered = (v: unknown) => v === null || v === undefined || v === '';

/**
 * Enter on a question: a required question without an answer keeps the focus (an extra Enter must
 * never shift the next answers into the wrong row); a "controleren" answer is confirmed as it is.
 * Returns false when focus should stay.
 */
export function enterMoves(p: Pick<ControlProps, 'required' | 'check' | 'value' | 'onChange'>): boolean {
  if (p.required && unanswered(p.value)) return false;
  if (p.check && !unanswered(p.value)) p.onChange(p.value);
  return true;
}

/** The hint shown when Enter was pressed on an open required question. */
export function OpenHint({ rest }: { rest?: ControlProps['rest'] }) {
  return (
    <span className="field-hint" role="status">
      Nog niet beantwoord
      {rest ? (
        <>
          {' '}
          – of <kbd>{rest.key}</kbd>: {rest.label.toLowerCase()}
        </>
      ) : null}
    </span>
  );
}

/** The single key that picks an option: its own key from the codebook, else its number. */
export const hotkeyOf = (o: CodeOption, i: number) => (o.key ?? String(i + 1)).toLowerCase();

/**
 * A row of options answered with one key (j/n, a letter, or its number), which also moves on to
 * the next question. Arrows change the choice without moving on; Backspace clears it.
 */
export function ChoiceControl({
  answerKey,
  label,
  value,
  onChange,
  flow,
  error,
  options,
  required,
  check,
  rest,
}: ControlProps & { options: readonly CodeOption[] }) {
  const [open, setOpen] = useState(false);
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key.toLowerCase();
    const index = options.findIndex((o, i) => hotkeyOf(o, i) === key || String(i + 1) === key);
    const current = options.findIndex((o) => o.code === value);
    setOpen(false);
    if (index < 0 && rest && key === rest.key) {
      e.preventDefault();
      rest.run();
    } else if (index >= 0) {
      e.preventDefault();
      flushSync(() => onChange(options[index].code));
      focusNext(e.currentTarget);
    } else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') {
      e.preventDefault();
      onChange(options[(current + 1) % options.length].code);
    } else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') {
      e.preventDefault();
      onChange(options[(current - 1 + options.length) % options.length].code);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (enterMoves({ required, check, value, onChange })) focusNext(e.currentTarget);
      else setOpen(true);
    } else if (e.key === 'Backspace' || e.key === 'Delete') {
      e.preventDefault();
      onChange(null);
    }
  }
  return (
    <div
      role="radiogroup"
      aria-label={label}
      aria-invalid={error ? true : undefined}
      aria-required={required || undefined}
      tabIndex={0}
      className={`choice${check ? ' check' : ''}`}
      data-key={answerKey}
      data-flow={flow ? '' : undefined}
      data-open={required && unanswered(value) ? '' : undefined}
      data-check={check ? '' : undefined}
      onKeyDown={onKeyDown}
      onBlur={() => setOpen(false)}
      title={check ?? error}
    >
      {options.map((o, i) => (
        <button
          key={o.code}
          type="button"
          role="radio"
          aria-checked={value === o.code}
          tabIndex={-1}
          className={value === o.code ? 'on' : undefined}
          onClick={() => onChange(value === o.code ? null : o.code)}
        >
          <kbd>{hotkeyOf(o, i)}</kbd> {o.label}
        </button>
      ))}
      {check && (
        <span className="check-badge">
          controleren <kbd>Enter</kbd> = klopt
        </span>
      )}
      {open && <OpenHint rest={rest} />}
    </div>
  );
}

/** Long lists (the trajectory catalogue): a native select with type-ahead; Enter moves on. */
export function SelectControl({
  answerKey,
  label,
  value,
  onChange,
  flow,
  error,
  options,
  required,
  check,
}: ControlProps & { options: readonly CodeOption[] }) {
  return (
    <select
      aria-label={label}
      aria-invalid={error ? true : undefined}
      aria-required={required || undefined}
      data-key={answerKey}
      data-flow={flow ? '' : undefined}
      data-open={required && unanswered(value) ? '' : undefined}
      data-check={check ? '' : undefined}
      title={check ?? error}
      value={typeof value === 'string' ? value : ''}
      onChange={(e) => onChange(e.target.value || null)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !e.ctrlKey) {
          e.preventDefault();
          if (enterMoves({ required, check, value, onChange })) focusNext(e.currentTarget);
        }
      }}
    >
      <option value="">–</option>
      {options.map((o) => (
        <option key={o.code} value={o.code}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
