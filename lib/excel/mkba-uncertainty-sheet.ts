/**
 * The sheet `MKBA-onzekerheid` (#17): the design-based SE and interval of the totals, saldo,
 * both ratios and every party (with the method and df beside them), then the probabilistic
 * sensitivity analysis, clearly apart, with the kengetal ranges it drew.
 */
import { designMethodText, type DesignStat, type MkbaUncertainty } from '../mkba';
import type { Cell } from './sample-rows';
import type { TableSheet } from './sample-workbook';

export function uncertaintySheet(u: MkbaUncertainty, partyLabels: Record<string, string>): TableSheet {
  const rows: Cell[][] = [];
  const d = u.design;
  if (d) {
    const method = designMethodText(d.df, d.level);
    const row = (label: string, s: DesignStat | null, m = method): Cell[] =>
      s ? [label, s.point, s.se, s.low, s.high, m] : [label, null, null, null, null, 'geen verhouding: geen kosten'];
    rows.push(
      row('Totale kosten', d.costs),
      row('Totale baten', d.benefits),
      row('Saldo', d.saldo),
      row('Financiële K-B-verhouding', d.ratioFinancial),
      row('Maatschappelijke K-B-verhouding', d.ratioSocial),
      ...d.parties.flatMap((p) => [
        row(`Saldo ${partyLabels[p.party] ?? p.party}`, p.saldo),
        row(`K-B-verhouding ${partyLabels[p.party] ?? p.party}`, p.ratio),
      ]),
      ['Vrijheidsgraden (df)', d.df, null, null, null, 'afgeronde dossiers min teamleden met dossiers (R: degf)'],
    );
  }
  const p = u.psa;
  if (p) {
    const psa = `Probabilistische gevoeligheidsanalyse: ${p.draws} trekkingen (seed ${p.seed}), gemiddelden gezamenlijk uit de ontwerp-covariantie${p.ranges.length ? ', kengetallen met bandbreedte driehoeksverdeeld' : ''}; ${Math.round(p.level * 100)}%-percentielinterval`;
    rows.push(
      ['PSA saldo', p.saldo.point, null, p.saldo.low, p.saldo.high, psa],
      ...(p.ratioFinancial
        ? [
            [
              'PSA financiële K-B-verhouding',
              p.ratioFinancial.point,
              null,
              p.ratioFinancial.low,
              p.ratioFinancial.high,
              psa,
            ] as Cell[],
          ]
        : []),
      ...(p.ratioSocial
        ? [
            [
              'PSA maatschappelijke K-B-verhouding',
              p.ratioSocial.point,
              null,
              p.ratioSocial.low,
              p.ratioSocial.high,
              psa,
            ] as Cell[],
          ]
        : []),
      ['PSA kans op saldo > 0', p.pSaldoPositive, null, null, null, psa],
      ...p.ranges.map(
        (r) => [`Bandbreedte ${r.label ?? r.key}`, r.value, null, r.low, r.high, `bron: ${r.source}`] as Cell[],
      ),
    );
  }
  for (const w of u.warnings) rows.push(['Let op', null, null, null, null, w]);
  return {
    name: 'MKBA-onzekerheid',
    header: ['grootheid', 'puntschatting', 'se', 'bi_laag', 'bi_hoog', 'methode'],
    rows,
    formats: { 2: '#,##0.00', 3: '#,##0.00', 4: '#,##0.00', 5: '#,##0.00' },
  };
}
