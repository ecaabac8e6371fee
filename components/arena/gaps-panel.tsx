import { GAP_LABELS, type ArenaGaps } from '@/lib/arena/gaps';
import { LINE_LABELS } from '@/lib/mkba/types';

/** The link checks: effects nothing measures, MKBA lines no effect explains. */
export function GapsPanel({ gaps, onSelect }: { gaps: ArenaGaps; onSelect: (id: string) => void }) {
  const none = gaps.effects.length === 0 && gaps.lines.length === 0;
  return (
    <section className="card" aria-label="Hiaten" data-testid="arena-gaps">
      <h2>Hiaten</h2>
      {none && <p className="small muted">Elk effect wordt gemeten en elke MKBA-post komt uit een effect.</p>}
      {gaps.effects.length > 0 && (
        <>
          <h3 className="small">Effecten zonder meting</h3>
          <ul className="small" style={{ paddingLeft: '1.1rem' }}>
            {gaps.effects.map((g) => (
              <li key={g.cardId}>
                <button type="button" className="linklike" onClick={() => onSelect(g.cardId)}>
                  {g.title}
                </button>
                : {GAP_LABELS[g.reason]}
              </li>
            ))}
          </ul>
        </>
      )}
      {gaps.lines.length > 0 && (
        <>
          <h3 className="small">MKBA-posten zonder effect</h3>
          <ul className="small" style={{ paddingLeft: '1.1rem' }} data-testid="arena-gap-lines">
            {gaps.lines.map((l) => (
              <li key={l}>
                {l} {LINE_LABELS[l]}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
