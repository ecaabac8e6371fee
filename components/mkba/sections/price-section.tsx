import Link from 'next/link';
import type { StudyLists } from '@/lib/codebook/types';
import { formatDateTime } from '@/lib/format/nl';
import { partyLabel } from '@/lib/codebook/defaults';

const eur = (x: number) => `€ ${x.toLocaleString('nl-NL')}`;

/** The trajectory prices, read-only here: they come from the study's catalogue (Lijsten). */
export function PriceSection({
  studyId,
  lists,
  meta,
}: {
  studyId: number;
  lists: StudyLists;
  meta: { updatedBy: string; updatedAt: number } | null;
}) {
  const changed = meta
    ? `, laatst gewijzigd door ${meta.updatedBy} op ${formatDateTime(meta.updatedAt)}`
    : ' (standaardlijst)';
  return (
    <section className="card">
      <h2>Prijs per trajecttype</h2>
      <p className="hint">
        Uit de trajectcatalogus van dit onderzoek{changed}. Wijzig prijzen en betalers in{' '}
        <Link href={`/onderzoeken/${studyId}/lijsten`}>Lijsten</Link>.
      </p>
      <div className="table-wrap">
        <table aria-label="Prijzen per trajecttype">
          <thead>
            <tr>
              <th>Trajecttype</th>
              <th className="num">Prijs</th>
              <th>Betaler</th>
              <th>Bron</th>
            </tr>
          </thead>
          <tbody>
            {lists.trajectoryTypes.map((t) => (
              <tr key={t.code}>
                <td>{t.label}</td>
                <td className="num">{eur(t.price)}</td>
                <td>{partyLabel(t.payer)}</td>
                <td>
                  <span className="badge">{t.priceSource}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
