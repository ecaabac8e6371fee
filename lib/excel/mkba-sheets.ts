/**
 * The MKBA sheets of the steekproefbestand (#8): the uitvoerscherm, each line's calculation,
 * the split per party, the sensitivity analysis and the kengetallen with their sources. Plain
 * tables, so the client can check every figure against the app and recompute it in Excel.
 */
import type { StudyLists } from '../codebook/types';
import {
  designMethodText,
  kengetalLabel,
  LINE_CODES,
  quantityLabel,
  type MkbaResult,
  type MkbaUncertainty,
  type ResolvedKengetal,
  type ScenarioRow,
  type TornadoRow,
} from '../mkba';
import { uncertaintySheet } from './mkba-uncertainty-sheet';
import type { Cell } from './sample-rows';
import type { TableSheet } from './sample-workbook';

export interface MkbaSheetsInput {
  result: MkbaResult | null;
  missing: string[];
  scenarios: ScenarioRow[];
  tornado: TornadoRow[];
  uncertainty: MkbaUncertainty | null;
  resolved: ReadonlyMap<string, ResolvedKengetal>;
  lists: StudyLists;
  partyLabels: Record<string, string>;
}

const EUR = '#,##0';
const RATIO = '0.00';
const shown = (v: unknown): Cell =>
  typeof v === 'number' || typeof v === 'string' ? v : v === undefined ? null : JSON.stringify(v);

export function mkbaSheets(m: MkbaSheetsInput): TableSheet[] {
  const kengetallen: TableSheet = {
    name: 'Kengetallen',
    header: ['sleutel', 'omschrijving', 'waarde', 'bron', 'toelichting', 'ingevoerd_door', 'ingevoerd_op'],
    rows: [...m.resolved.values()].map((k) => [
      k.key,
      kengetalLabel(k.key, m.lists),
      shown(k.value),
      k.source,
      k.note ?? null,
      k.updatedBy ?? null,
      k.updatedAt ? new Date(k.updatedAt) : null,
    ]),
    formats: { 7: 'dd-mm-yyyy hh:mm' },
  };
  if (!m.result) {
    return [{ name: 'MKBA', header: ['ontbrekend kengetal'], rows: m.missing.map((x) => [x]) }, kengetallen];
  }
  const r = m.result;
  const d = m.uncertainty?.design ?? null;
  const between = (x: { low: number | null; high: number | null } | null | undefined, f: (v: number) => string) =>
    x && x.low !== null && x.high !== null ? `${f(x.low)} tot ${f(x.high)}` : null;
  const line = (code: (typeof LINE_CODES)[number]) => r.lines.find((l) => l.code === code)!;
  const uitvoer: Cell[][] = [
    ...LINE_CODES.map((c) => {
      const l = line(c);
      return [c, l.label, l.amount, l.computed, l.overridden ? 'ja' : 'nee', l.formula];
    }),
    ['K', 'Totale kosten', r.costs.total, null, null, 'K1 + K2 + K3'],
    ['B', 'Totale baten', r.benefits.total, null, null, 'B1a + … + B4c'],
    [
      'saldo',
      'Saldo (baten min kosten)',
      r.saldo,
      null,
      null,
      d && between(d.saldo, (x) => String(Math.round(x)))
        ? `B − K; ${designMethodText(d.df, d.level)}: ${between(d.saldo, (x) => String(Math.round(x)))}`
        : 'B − K',
    ],
    [
      'fin',
      'Financiële K-B-verhouding',
      r.ratioFinancial,
      null,
      null,
      d && between(d.ratioFinancial, (x) => x.toFixed(2))
        ? `(B − B4) / K; interval ${between(d.ratioFinancial, (x) => x.toFixed(2))}`
        : '(B − B4) / K',
    ],
    [
      'maatsch',
      'Maatschappelijke K-B-verhouding',
      r.ratioSocial,
      null,
      null,
      d && between(d.ratioSocial, (x) => x.toFixed(2))
        ? `B / K; interval ${between(d.ratioSocial, (x) => x.toFixed(2))}`
        : 'B / K',
    ],
    ['ncw', 'Netto contante waarde', r.npv, null, null, 'saldo over de tijdshorizon, verdisconteerd'],
  ];
  return [
    {
      name: 'MKBA',
      header: ['post', 'omschrijving', 'bedrag', 'bedrag_formule', 'overschreven', 'formule'],
      rows: uitvoer,
      formats: { 3: EUR, 4: EUR },
    },
    {
      name: 'MKBA-berekening',
      header: ['post', 'invoer', 'omschrijving', 'hoeveelheid', 'prijs', 'bedrag', 'overschreven'],
      rows: r.lines.flatMap((l) =>
        l.inputs.map((i) => [
          l.code,
          i.key ?? null,
          i.label,
          i.quantity,
          i.price,
          i.amount,
          i.overridden ? 'ja' : 'nee',
        ]),
      ),
      formats: { 4: '0.0000', 5: EUR, 6: EUR },
    },
    {
      name: 'MKBA-partijen',
      header: ['partij', 'kosten', 'baten', 'saldo', 'verhouding'],
      rows: r.parties.map((p) => [m.partyLabels[p.party] ?? p.party, p.costs, p.benefits, p.saldo, p.ratio]),
      formats: { 2: EUR, 3: EUR, 4: EUR, 5: RATIO },
    },
    {
      name: 'MKBA-gevoeligheid',
      header: [
        'scenario',
        'kosten',
        'baten',
        'saldo',
        'verschil_saldo',
        'fin_verhouding',
        'maatsch_verhouding',
        'opmerking',
      ],
      rows: [
        ...m.scenarios.map((s) =>
          s.error
            ? [s.label, null, null, null, null, null, null, s.error]
            : [s.label, s.costs, s.benefits, s.saldo, s.deltaSaldo, s.ratioFinancial, s.ratioSocial, null],
        ),
        ...m.tornado.map((t) => [
          `tornado: ${quantityLabel(t.key, m.lists)}`,
          null,
          null,
          null,
          t.range,
          null,
          null,
          `saldo ${Math.round(t.saldoLow)} tot ${Math.round(t.saldoHigh)} bij de grenzen van het 95%-BI van de invoer (t-verdeling; aandelen logit, aantallen log)`,
        ]),
      ],
      formats: { 2: EUR, 3: EUR, 4: EUR, 5: EUR, 6: RATIO, 7: RATIO },
    },
    ...(m.uncertainty ? [uncertaintySheet(m.uncertainty, m.partyLabels)] : []),
    kengetallen,
  ];
}
