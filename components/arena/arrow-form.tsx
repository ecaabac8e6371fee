'use client';

import { forwardRef, useState } from 'react';
import { COLUMN_LABELS, type ArenaCard, type ArenaDoc } from '@/lib/arena/doc-schema';

interface Props {
  doc: ArenaDoc;
  card: ArenaCard;
  onAdd: (to: string) => string | undefined;
  onRemove: (arrowId: string) => void;
  onDashed: (arrowId: string, dashed: boolean) => void;
}

/** Arrows of the selected card: add one to another card (keyboard: P), remove, or mark as presumed (dashed). */
export const ArrowForm = forwardRef<HTMLSelectElement, Props>(function ArrowForm(
  { doc, card, onAdd, onRemove, onDashed },
  ref,
) {
  const [to, setTo] = useState('');
  const [error, setError] = useState<string | null>(null);
  const title = (id: string) => doc.cards.find((c) => c.id === id)?.title ?? id;
  const mine = doc.arrows.filter((a) => a.from === card.id || a.to === card.id);
  const add = () => {
    if (!to) {
      setError('Kies de kaart waar de pijl naartoe wijst.');
      return;
    }
    const err = onAdd(to);
    setError(err ?? null);
    if (!err) setTo('');
  };
  return (
    <section className="card" aria-label="Pijlen">
      <h2>Pijlen</h2>
      <div className="field">
        <label htmlFor="arena-arrow-to">Pijl van “{card.title}” naar</label>
        <select
          id="arena-arrow-to"
          ref={ref}
          value={to}
          onChange={(e) => setTo(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
          aria-describedby={error ? 'arena-arrow-error' : undefined}
        >
          <option value="">— kies een kaart —</option>
          {doc.cards
            .filter((c) => c.id !== card.id)
            .map((c) => (
              <option key={c.id} value={c.id}>
                {COLUMN_LABELS[c.column].replace(/^\d\. /, '')}: {c.title}
              </option>
            ))}
        </select>
        {error && (
          <div id="arena-arrow-error" className="field-error" role="alert">
            {error}
          </div>
        )}
      </div>
      <button type="button" className="small" onClick={add}>
        Pijl toevoegen
      </button>
      {mine.length > 0 && (
        <ul className="small" style={{ paddingLeft: '1.1rem' }}>
          {mine.map((a) => (
            <li key={a.id}>
              {title(a.from)} → {title(a.to)}{' '}
              <label style={{ display: 'inline', fontWeight: 400 }}>
                <input type="checkbox" checked={a.dashed} onChange={(e) => onDashed(a.id, e.target.checked)} />{' '}
                verondersteld
              </label>{' '}
              <button
                type="button"
                className="linklike small"
                onClick={() => onRemove(a.id)}
                aria-label={`Pijl ${title(a.from)} naar ${title(a.to)} verwijderen`}
              >
                verwijderen
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
