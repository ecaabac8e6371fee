import { CATEGORY_LABELS } from '@/lib/tally/classify';
import { CATEGORY_INPUTS, type InputEstimate } from '@/lib/aggregate';
import { formatNumber } from '@/lib/format/estimate';
import { EstimateTable } from '../estimate-table';
import { EstimateBars, GroupedBars } from '../charts';
import { DECOMPOSITION, type EstimateOf, type Results } from './types';

/** A bar with its 95% interval as error bars (none when the interval is unknown). */
function bar(label: string, e: InputEstimate | undefined) {
  const known = e?.ciLow != null && e.ciHigh != null && e.mean != null;
  return {
    name: label,
    value: e?.mean ?? 0,
    err: known ? ([e!.mean! - e!.ciLow!, e!.ciHigh! - e!.mean!] as [number, number]) : undefined,
  };
}

/** Trajectories per household and the report's decomposition, with intervals. */
export function TrajectoriesSection({ est }: { est: EstimateOf }) {
  const total = est('trajecten_per_hh');
  return (
    <section className="card">
      <h2 style={{ marginTop: 0 }}>Trajecten per huishouden: {formatNumber(total?.mean)}</h2>
      <p className="small muted">
        Opbouw zoals in het rapport (1,8 = dead weight + extra + team + substitutie + meer op maat), met
        95%-betrouwbaarheidsintervallen.
      </p>
      <EstimateBars
        data={[bar('Totaal', total), ...DECOMPOSITION.map((c) => bar(CATEGORY_LABELS[c], est(`${c}_per_hh`)))]}
      />
      <EstimateTable
        label="Trajecten per huishouden"
        rows={[
          { label: 'Trajecten per huishouden', estimate: total },
          ...CATEGORY_INPUTS.map((c) => ({ label: CATEGORY_LABELS[c], estimate: est(`${c}_per_hh`) })),
        ]}
      />
    </section>
  );
}

/** The decomposition per trajectory type (types with at least one trajectory). */
export function PerTypeSection({ r, est }: { r: Results; est: EstimateOf }) {
  const mean = (c: string, t: string) => est(`${c}.${t}`)?.mean ?? 0;
  const types = r.lists.trajectoryTypes.filter((t) => DECOMPOSITION.some((c) => mean(c, t.code) > 0));
  return (
    <section className="card">
      <h2 style={{ marginTop: 0 }}>Per soort traject</h2>
      {types.length === 0 ? (
        <p className="muted">Nog geen trajecten.</p>
      ) : (
        <>
          <GroupedBars
            stacked
            data={types.map((t) => ({
              name: t.label,
              ...Object.fromEntries(DECOMPOSITION.map((c) => [c, mean(c, t.code)])),
            }))}
            series={DECOMPOSITION.map((c) => ({ key: c, label: CATEGORY_LABELS[c] }))}
          />
          <EstimateTable
            label="Per soort traject"
            rows={types.flatMap((t) =>
              DECOMPOSITION.filter((c) => mean(c, t.code) > 0).map((c) => ({
                label: `${t.label}: ${CATEGORY_LABELS[c].toLowerCase()}`,
                estimate: est(`${c}.${t.code}`),
              })),
            )}
          />
        </>
      )}
    </section>
  );
}
