'use client';

import { useMemo, useState } from 'react';
import { matchRows, type RowOption } from '@/lib/interview/type-ahead';

const SCOPE_LABEL: Record<string, string> = { B: 'leefgebied', D: 'escalatie' };

/**
 * The type-ahead opened with `/`: the first letters of a leefgebied (in B) or an escalation type
 * (in D) – of both when the focus is elsewhere. Enter goes to the highlighted row, ↑ ↓ choose,
 * Escape returns to where you were. The letters go into this box, so they never answer a question.
 */
export function RowFinder({
  rows,
  scope,
  onPick,
  onClose,
}: {
  rows: RowOption[];
  scope: string | null;
  onPick: (row: RowOption) => void;
  onClose: (restoreFocus: boolean) => void;
}) {
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const inScope = useMemo(
    () => (scope && SCOPE_LABEL[scope] ? rows.filter((r) => r.section === scope) : rows),
    [rows, scope],
  );
  const matches = matchRows(inScope, text).slice(0, 8);
  const what = scope && SCOPE_LABEL[scope] ? SCOPE_LABEL[scope] : 'leefgebied of escalatie';
  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose(true);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const m = matches[active] ?? matches[0];
      if (m) onPick(m);
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, matches.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    }
  }
  return (
    <div className="row-finder card" role="dialog" aria-label={`Ga naar ${what}`}>
      <label htmlFor="row-finder-input" className="small">
        Ga naar {what}: typ de beginletters, <kbd>Enter</kbd> · <kbd>Esc</kbd> terug
      </label>
      <input
        id="row-finder-input"
        type="text"
        autoFocus
        autoComplete="off"
        value={text}
        onBlur={() => onClose(false)}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-expanded={matches.length > 0}
        aria-controls="row-finder-list"
        aria-activedescendant={matches[active] ? `rf-${matches[active].section}-${matches[active].id}` : undefined}
      />
      <ul id="row-finder-list" role="listbox">
        {matches.map((m, i) => (
          <li
            key={`${m.section}-${m.id}`}
            id={`rf-${m.section}-${m.id}`}
            role="option"
            aria-selected={i === active}
            data-row-option={m.id}
            onMouseDown={(e) => {
              e.preventDefault();
              onPick(m);
            }}
          >
            {m.label} <span className="muted small">({m.section === 'B' ? 'leefgebied' : 'escalatie'})</span>
          </li>
        ))}
        {text && matches.length === 0 && (
          <li className="muted small">
            Geen {what} begint met “{text}”.
          </li>
        )}
      </ul>
    </div>
  );
}
