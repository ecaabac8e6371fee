'use client';

import type { AutosaveConflict } from '@/lib/autosave';
import { formatDateTime } from '@/lib/format/nl';

/** Someone else changed an answer meanwhile: both values side by side, the user chooses. */
export function ConflictList({
  conflicts,
  onResolve,
  labelOf,
  valueOf,
}: {
  conflicts: AutosaveConflict[];
  onResolve: (key: string, choice: 'mine' | 'theirs') => void;
  labelOf: (key: string) => string;
  valueOf: (key: string, value: unknown) => string;
}) {
  return (
    <div className="alert warn" role="alert" aria-label="Conflicten">
      <strong>Iemand anders heeft dit dossier intussen gewijzigd.</strong> Kies per antwoord welke waarde blijft; er is
      niets overschreven.
      <table className="conflicts">
        <thead>
          <tr>
            <th>Vraag</th>
            <th>Jouw waarde</th>
            <th>Opgeslagen waarde</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {conflicts.map((c) => (
            <tr key={c.key} data-conflict={c.key}>
              <td>{labelOf(c.key)}</td>
              <td>{valueOf(c.key, c.mine)}</td>
              <td>
                {valueOf(c.key, c.theirs)}{' '}
                <span className="small muted">
                  ({c.updatedBy}
                  {c.updatedAt ? `, ${formatDateTime(c.updatedAt)}` : ''})
                </span>
              </td>
              <td>
                <button type="button" className="small" onClick={() => onResolve(c.key, 'mine')}>
                  Mijn waarde houden
                </button>{' '}
                <button type="button" className="small secondary" onClick={() => onResolve(c.key, 'theirs')}>
                  Opgeslagen waarde nemen
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
