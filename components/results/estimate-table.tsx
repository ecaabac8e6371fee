import type { InputEstimate } from '@/lib/aggregate';
import { formatInterval, formatNumber, formatPercent, intervalMethodText } from '@/lib/format/estimate';

export interface EstimateRow {
  label: string;
  estimate: InputEstimate | undefined;
}

/** Every chart's numbers as a table: mean, standard error, 95% interval and n, in Dutch formats. */
export function EstimateTable({
  rows,
  label,
  percent = false,
}: {
  rows: EstimateRow[];
  label: string;
  percent?: boolean;
}) {
  const f = (v: number | null | undefined) => (percent ? formatPercent(v) : formatNumber(v));
  return (
    <table aria-label={label} className="estimates">
      <caption className="small muted" style={{ captionSide: 'bottom', textAlign: 'left' }}>
        {intervalMethodText(
          rows.map((r) => r.estimate?.interval),
          rows.find((r) => r.estimate)?.estimate?.df,
        )}
      </caption>
      <thead>
        <tr>
          <th />
          <th className="num">Gemiddelde</th>
          <th className="num">SE</th>
          <th className="num">95%-BI</th>
          <th className="num">n</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ label: l, estimate: e }) => (
          <tr key={l} data-input={e?.key}>
            <th scope="row">{l}</th>
            <td className="num">{f(e?.mean)}</td>
            <td className="num">{percent ? formatPercent(e?.se) : formatNumber(e?.se)}</td>
            <td className="num">{formatInterval(e?.ciLow, e?.ciHigh, percent)}</td>
            <td className="num">{e?.n ?? 0}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
