import { ARENA_COLUMNS, COLUMN_LABELS } from '@/lib/arena/doc-schema';
import type { Comparison } from '@/lib/arena/compare';

/** The groups side by side: one column per group, a row per matched card or arrow; rows that differ are marked. */
export function CompareTable({ comparison }: { comparison: Comparison }) {
  const { groups, cards, arrows } = comparison;
  const cells = (has: number[]) =>
    groups.map((g) => (
      <td key={g.id} className={has.includes(g.id) ? 'yes' : 'no'}>
        {has.includes(g.id) ? '✓' : '–'}
      </td>
    ));
  const agreed = cards.filter((c) => c.agreed).length + arrows.filter((a) => a.agreed).length;
  return (
    <section className="card" aria-label="Vergelijking van de groepen" data-testid="arena-compare">
      <p className="small">
        {agreed} van {cards.length + arrows.length} kaarten en pijlen komen in alle groepen voor; de andere zijn
        gemarkeerd als verschil.
      </p>
      <div className="table-wrap" style={{ maxHeight: 520 }}>
        <table className="arena-compare">
          <thead>
            <tr>
              <th>Kaart of pijl</th>
              {groups.map((g) => (
                <th key={g.id}>{g.name}</th>
              ))}
              <th>Oordeel</th>
            </tr>
          </thead>
          {ARENA_COLUMNS.map((col) => {
            const rows = cards.filter((c) => c.column === col);
            return rows.length === 0 ? null : (
              <tbody key={col}>
                <tr>
                  <th colSpan={groups.length + 2}>{COLUMN_LABELS[col]}</th>
                </tr>
                {rows.map((c) => (
                  <tr key={c.key} className={c.agreed ? 'agree' : 'differ'} data-agreed={c.agreed}>
                    <th scope="row" style={{ fontWeight: 400, background: 'none' }}>
                      {c.title}
                    </th>
                    {cells(c.groups)}
                    <td>{c.agreed ? 'eens' : 'verschil'}</td>
                  </tr>
                ))}
              </tbody>
            );
          })}
          <tbody>
            <tr>
              <th colSpan={groups.length + 2}>Pijlen</th>
            </tr>
            {arrows.map((a) => (
              <tr key={a.key} className={a.agreed ? 'agree' : 'differ'} data-agreed={a.agreed}>
                <th scope="row" style={{ fontWeight: 400, background: 'none' }}>
                  {a.from} → {a.to}
                </th>
                {cells(a.groups)}
                <td>{a.agreed ? 'eens' : 'verschil'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
