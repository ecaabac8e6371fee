import { EstimateTable } from '../estimate-table';
import { GroupedBars } from '../charts';
import { DomainTable } from '../domain-table';
import type { EstimateOf, Results } from './types';

const DOMAIN_SERIES = [
  { key: 'start', label: 'probleem bij aanvang' },
  { key: 'now', label: 'probleem nu' },
  { key: 'gross', label: 'verbeterd (bruto)' },
  { key: 'net', label: 'verbeterd (netto)' },
];

/** Share of households with a problem per life domain, at the start and now, and improved. */
export function DomainsSection({ r, est }: { r: Results; est: EstimateOf }) {
  const mean = (key: string) => est(key)?.mean ?? 0;
  return (
    <section className="card">
      <h2 style={{ marginTop: 0 }}>Leefgebieden: aandeel huishoudens</h2>
      <GroupedBars
        data={r.lists.lifeDomains.map((d) => ({
          name: d.label,
          start: mean(`problem_start.${d.code}`),
          now: mean(`problem_now.${d.code}`),
          gross: mean(`improved.${d.code}`),
          net: mean(`net_improved.${d.code}`),
        }))}
        series={DOMAIN_SERIES}
      />
      <DomainTable domains={r.lists.lifeDomains} est={est} />
      <p className="small muted">
        Netto: verbeteringen gewogen naar toeschrijving aan de aanpak (ja 1, deels ½, nee 0).
      </p>
    </section>
  );
}

/** Reach (newly found, outreach), households with extra or substituted care, escalations and hours. */
export function ReachSection({ r, est }: { r: Results; est: EstimateOf }) {
  return (
    <section className="card">
      <h2 style={{ marginTop: 0 }}>Bereik, escalaties en tijd</h2>
      <div className="grid2">
        <EstimateTable
          percent
          label="Aandelen"
          rows={[
            { label: 'Nieuw gevonden', estimate: est('newly_found_share') },
            { label: 'Dankzij outreach', estimate: est('outreach_share') },
            { label: 'Met ≥ 1 extra traject', estimate: est('share_hh_extra') },
            { label: 'Met ≥ 1 substitutie', estimate: est('share_hh_substitutie') },
          ]}
        />
        <EstimateTable
          label="Per huishouden"
          rows={[
            { label: 'Voorkomen escalaties', estimate: est('prevented_escalation_per_hh') },
            ...r.lists.escalationTypes.map((e) => ({ label: `  ${e.label}`, estimate: est(`prevented.${e.code}`) })),
            { label: 'Uren teamlid', estimate: est('hours_own_per_hh') },
            { label: 'Uren totaal (met tweede teamlid)', estimate: est('hours_total_per_hh') },
          ]}
        />
      </div>
    </section>
  );
}
