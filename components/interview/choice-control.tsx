'use client';

import type { KeyboardEvent } from 'react';
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
}

/** The single key that picks an option: its own key from the codebook, else its number. */
export const hotkeyOf = (o: CodeOption, i: number) => (o.key ?? String(i + 1)).toLowerCase();

/**
 * A row of options answered with one key (j/n, a letter, or its number), which also moves on to
 * the next question. Arrows change the choice without moving on; Backspace clears it.
 */
export function ChoiceControl({ answerKey, label, value, onChange, flow, error, options }: ControlProps & { options: readonly CodeOption[] }) {
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key.toLowerCase();
    const index = options.findIndex((o, i) => hotkeyOf(o, i) === key || String(i + 1) === key);
    const current = options.findIndex((o) => o.code === value);
    if (index >= 0) {
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
      focusNext(e.currentTarget);
    } else if (e.key === 'Backspace' || e.key === 'Delete') {
      e.preventDefault();
      onChange(null);
    }
  }
  return (
    <div role="radiogroup" aria-label={label} aria-invalid={error ? true : undefined} tabIndex={0} className="choice"
      data-key={answerKey} data-flow={flow ? '' : undefined} onKeyDown={onKeyDown} title={error}>
      {options.map((o, i) => (
        <button key={o.code} type="button" role="radio" aria-checked={value === o.code} tabIndex={-1}
          className={value === o.code ? 'on' : undefined} onClick={() => onChange(value === o.code ? null : o.code)}>
          <kbd>{hotkeyOf(o, i)}</kbd> {o.label}
        </button>
      ))}
    </div>
  );
}

/** Long lists (the trajectory catalogue): a native select with type-ahead; Enter moves on. */
export function SelectControl({ answerKey, label, value, onChange, flow, error, options }: ControlProps & { options: readonly CodeOption[] }) {
  return (
    <select aria-label={label} aria-invalid={error ? true : undefined} data-key={answerKey} data-flow={flow ? '' : undefined} title={error}
      value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value || null)}
      onKeyDown={(e) => { if (e.key === 'Enter' && !e.ctrlKey) { e.preventDefault(); focusNext(e.currentTarget); } }}>
      <option value="">–</option>
      {options.map((o) => <option key={o.code} value={o.code}>{o.label}</option>)}
    </select>
  );
}
