import type { InputEstimate } from '@/lib/aggregate';
import type { ListItem } from '@/lib/codebook/types';
import { formatInterval, formatPercent, intervalMethodText } from '@/lib/format/estimate';

const MEASURES = [
  ['problem_start', 'Probleem bij aanvang'],
  ['problem_now', 'Probleem nu'],
  ['improved', 'Verbeterd (bruto)'],
  ['net_improved', 'Verbeterd (netto)'],
] as const;

/** Leefgebieden as a compact matrix: per domain the share of households, with its 95% interval. */
export function DomainTable({
  domains,
  est,
}: {
  domains: readonly ListItem[];
  est: (key: string) => InputEstimate | undefined;
}) {
  return (
    <table aria-label="Leefgebieden" className="estimates">
      <caption className="small muted" style={{ captionSide: 'bottom', textAlign: 'left' }}>
        {intervalMethodText(
          domains.flatMap((d) => MEASURES.map(([m]) => est(`${m}.${d.code}`)?.interval)),
          domains.map((d) => est(`problem_start.${d.code}`)?.df).find((x) => x != null),
        )}
      </caption>
      <thead>
        <tr>
          <th>Leefgebied</th>
          {MEASURES.map(([, l]) => (
            <th key={l} className="num">
              {l}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {domains.map((d) => (
          <tr key={d.code}>
            <th scope="row">{d.label}</th>
            {MEASURES.map(([m]) => {
              const e = est(`${m}.${d.code}`);
              return (
                <td key={m} className="num" data-input={`${m}.${d.code}`}>
                  {formatPercent(e?.mean)}{' '}
                  <span className="small muted">({formatInterval(e?.ciLow, e?.ciHigh, true)})</span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
