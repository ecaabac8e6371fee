'use client';

import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { personalDataIssues } from '@/lib/codebook/schema';
import { enterMoves, OpenHint, type ControlProps } from './choice-control';
import { focusNext } from './focus-flow';

/**
 * Enter commits and moves on; on a required field that is still empty it stays (returns true then).
 * Shift+Enter is left to the field: a new line in a free-text field.
 */
function onEnter(
  e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>,
  p: Pick<ControlProps, 'required' | 'check' | 'value' | 'onChange'>,
  commit?: () => void,
): boolean {
  if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || e.shiftKey) return false;
  e.preventDefault();
  if (commit) flushSync(commit);
  const empty = e.currentTarget.value.trim() === '';
  if (empty && p.required) return true;
  if (!empty) enterMoves({ ...p, required: false });
  focusNext(e.currentTarget);
  return false;
}

const marks = (p: Pick<ControlProps, 'required' | 'check' | 'value'>) => ({
  'aria-required': p.required || undefined,
  'data-open': p.required && (p.value === null || p.value === undefined || p.value === '') ? '' : undefined,
  'data-check': p.check ? '' : undefined,
});

/** Whole numbers within the codebook's range; an invalid entry is shown, not saved. */
export function NumberInput({
  answerKey,
  label,
  value,
  onChange,
  flow,
  error,
  min,
  max,
  width = '4.5rem',
  required,
  check,
}: ControlProps & { min: number; max: number; width?: string }) {
  const [text, setText] = useState(value == null ? '' : String(value));
  const [local, setLocal] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => setText(value == null ? '' : String(value)), [value]);
  function change(t: string) {
    setText(t);
    if (t.trim() === '') {
      setLocal(null);
      onChange(null);
      return;
    }
    const n = Number(t);
    if (!/^\d+$/.test(t.trim()) || n < min || n > max) {
      setLocal(`Vul een geheel getal in van ${min} tot en met ${max}.`);
      return;
    }
    setLocal(null);
    onChange(n);
  }
  const message = local ?? error;
  return (
    <span className="text-control">
      <input
        type="text"
        inputMode="numeric"
        aria-label={label}
        aria-invalid={message ? true : undefined}
        title={check ?? message}
        style={{ width }}
        data-key={answerKey}
        data-flow={flow ? '' : undefined}
        {...marks({ required, check, value })}
        value={text}
        onBlur={() => setOpen(false)}
        onChange={(e) => {
          setOpen(false);
          change(e.target.value);
        }}
        onKeyDown={(e) => setOpen(onEnter(e, { required, check, value, onChange }))}
      />
      {check && (
        <span className="check-badge">
          controleren <kbd>Enter</kbd> = klopt
        </span>
      )}
      {open && <OpenHint />}
    </span>
  );
}

/** jjjj-mm, also typed as 201803, 3-2018 or 03-2018. */
export function normalizeMonth(t: string): string | null {
  const s = t.trim();
  let m = /^(\d{4})-?(\d{1,2})$/.exec(s);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${m[1]}-${m[2].padStart(2, '0')}` : null;
  m = /^(\d{1,2})[-/](\d{4})$/.exec(s);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 12 ? `${m[2]}-${m[1].padStart(2, '0')}` : null;
  return null;
}

export function MonthInput({ answerKey, label, value, onChange, flow, error, required, check }: ControlProps) {
  const [text, setText] = useState(typeof value === 'string' ? value : '');
  const [local, setLocal] = useState<string | null>(null);
  useEffect(() => setText(typeof value === 'string' ? value : ''), [value]);
  function commit() {
    if (text.trim() === '') {
      setLocal(null);
      if (value != null) onChange(null);
      return;
    }
    const month = normalizeMonth(text);
    if (!month) {
      setLocal('Vul een maand in als jjjj-mm, bijvoorbeeld 2018-03.');
      return;
    }
    setLocal(null);
    setText(month);
    if (month !== value) onChange(month);
  }
  const message = local ?? error;
  return (
    <input
      type="text"
      aria-label={label}
      placeholder="jjjj-mm"
      aria-invalid={message ? true : undefined}
      title={message}
      style={{ width: '6.5rem' }}
      data-key={answerKey}
      data-flow={flow ? '' : undefined}
      {...marks({ required, check, value })}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => onEnter(e, { required, check, value, onChange }, commit)}
    />
  );
}

/**
 * Free text, checked for personal data (BSN, e-mail, phone) before it is saved. A textarea that
 * wraps and grows with its text; Enter moves on as everywhere, Shift+Enter starts a new line.
 */
export function TextInput({
  answerKey,
  label,
  value,
  onChange,
  flow,
  error,
  maxLength,
  required,
  check,
}: ControlProps & { maxLength: number }) {
  const [text, setText] = useState(typeof value === 'string' ? value : '');
  const [issues, setIssues] = useState<string[]>([]);
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => setText(typeof value === 'string' ? value : ''), [value]);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  }, [text]);
  function change(t: string) {
    setText(t);
    const found = personalDataIssues(t);
    setIssues(found);
    if (found.length === 0) onChange(t.trim() === '' ? null : t);
  }
  const message = issues[0] ?? error;
  return (
    <span className="text-control">
      <textarea
        ref={ref}
        rows={1}
        className="grow"
        aria-label={label}
        maxLength={maxLength}
        aria-invalid={message ? true : undefined}
        data-key={answerKey}
        data-flow={flow ? '' : undefined}
        {...marks({ required, check, value })}
        value={text}
        onChange={(e) => {
          setOpen(false);
          change(e.target.value);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => setOpen(onEnter(e, { required, check, value, onChange }))}
        aria-describedby={message ? `${answerKey}-msg` : undefined}
      />
      {check && (
        <span className="check-badge">
          controleren <kbd>Enter</kbd> = klopt
        </span>
      )}
      {open && <OpenHint />}
      {message && (
        <span id={`${answerKey}-msg`} className="field-error" role="alert">
          {message} Niet opgeslagen.
        </span>
      )}
    </span>
  );
}
