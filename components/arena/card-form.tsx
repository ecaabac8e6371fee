'use client';

import { forwardRef } from 'react';
import { ARENA_COLUMNS, COLUMN_LABELS, type ArenaCard, type ArenaColumn } from '@/lib/arena/doc-schema';
import type { QuestionOption } from '@/lib/arena/measures';
import { LINE_CODES, LINE_LABELS, type LineCode } from '@/lib/mkba/types';
import { PrivacyHint } from '@/components/ui/privacy-hint';

interface Props {
  card: ArenaCard;
  questions: QuestionOption[];
  onChange: (patch: Partial<Omit<ArenaCard, 'id'>>) => void;
  onMove: (column: ArenaColumn) => void;
  onRemove: () => void;
}

const toggle = <T,>(list: readonly T[], x: T, on: boolean) =>
  on ? [...list.filter((y) => y !== x), x] : list.filter((y) => y !== x);

/** Edits the selected card; every change applies at once and is autosaved. */
export const CardForm = forwardRef<HTMLInputElement, Props>(function CardForm(
  { card, questions, onChange, onMove, onRemove },
  titleRef,
) {
  const effect = card.column === 'effecten';
  return (
    <section className="card" aria-label="Kaart bewerken">
      <h2>Kaart bewerken</h2>
      <div className="field">
        <label htmlFor="arena-card-title">Titel</label>
        <input
          id="arena-card-title"
          ref={titleRef}
          type="text"
          value={card.title}
          maxLength={120}
          onChange={(e) => onChange({ title: e.target.value })}
          onBlur={(e) => {
            if (!e.target.value.trim()) onChange({ title: 'Naamloos' });
          }}
        />
      </div>
      <div className="field">
        <label htmlFor="arena-card-note">Toelichting</label>
        <textarea
          id="arena-card-note"
          value={card.note}
          maxLength={1000}
          onChange={(e) => onChange({ note: e.target.value })}
          aria-describedby="arena-card-hint"
        />
        <PrivacyHint id="arena-card-hint" />
      </div>
      <div className="field">
        <label htmlFor="arena-card-column">Kolom</label>
        <select id="arena-card-column" value={card.column} onChange={(e) => onMove(e.target.value as ArenaColumn)}>
          {ARENA_COLUMNS.map((c) => (
            <option key={c} value={c}>
              {COLUMN_LABELS[c]}
            </option>
          ))}
        </select>
      </div>
      {effect && (
        <>
          <fieldset>
            <legend>Soort effect</legend>
            <label>
              <input
                type="checkbox"
                checked={card.intended}
                onChange={(e) => onChange({ intended: e.target.checked })}
              />{' '}
              bedoeld
            </label>
            <label>
              <input type="checkbox" checked={card.direct} onChange={(e) => onChange({ direct: e.target.checked })} />{' '}
              direct
            </label>
          </fieldset>
          <fieldset>
            <legend>MKBA-posten die dit effect waarderen</legend>
            {LINE_CODES.map((l: LineCode) => (
              <label key={l} title={LINE_LABELS[l]}>
                <input
                  type="checkbox"
                  checked={card.lines.includes(l)}
                  aria-label={`${l} ${LINE_LABELS[l]}`}
                  onChange={(e) =>
                    onChange({ lines: LINE_CODES.filter((x) => toggle(card.lines, l, e.target.checked).includes(x)) })
                  }
                />{' '}
                {l}
              </label>
            ))}
          </fieldset>
          <fieldset className="qlist">
            <legend>Codeboekvragen die het meten</legend>
            {questions.map((q) => (
              <label key={q.code}>
                <input
                  type="checkbox"
                  checked={card.questions.includes(q.code)}
                  onChange={(e) => onChange({ questions: toggle(card.questions, q.code, e.target.checked) })}
                />
                <span>
                  <strong>{q.code}</strong> {q.label}
                </span>
              </label>
            ))}
          </fieldset>
        </>
      )}
      <button type="button" className="secondary small" onClick={onRemove}>
        Kaart verwijderen
      </button>
    </section>
  );
});
