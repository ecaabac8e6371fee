import type { Db } from '@/db/client';
import { getMkba } from '@/db/queries/mkba';
import { BENEFIT_CODES, COST_CODES, designMethodText, type DesignStat, type DesignUncertainty } from '@/lib/mkba';
import { PARTIES } from '@/lib/codebook/defaults';
import { CliError, print, table, type CliContext } from '../io';
import { requireStudy } from './study-flag';

const eur = (v: number | null) => (v === null ? '–' : `€ ${Math.round(v).toLocaleString('nl-NL')}`);
const ratio = (v: number | null) =>
  v === null ? '–' : v.toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const between = (s: DesignStat | null, f: (v: number | null) => string) =>
  s && s.low !== null ? `${f(s.low)} tot ${f(s.high)}` : '–';

function designLines(d: DesignUncertainty | null): string[] {
  if (!d) return [];
  return [
    `${designMethodText(d.df, d.level)}.`,
    `  saldo ${eur(d.saldo.point)} (se ${eur(d.saldo.se)}): ${between(d.saldo, eur)}`,
    `  financiële verhouding ${between(d.ratioFinancial, ratio)} · maatschappelijke verhouding ${between(d.ratioSocial, ratio)}`,
  ];
}

/** `mkba --study ID [--json]`: the uitvoerscherm, per party and the scenarios, as on the web page. */
export function mkbaCommand(db: Db, ctx: CliContext, flags: Record<string, string | undefined>) {
  const id = requireStudy(db, flags);
  const m = getMkba(db, id);
  if (!m.result)
    throw new CliError(`De MKBA kan niet berekend worden. Ontbrekende kengetallen:\n- ${m.missing.join('\n- ')}`);
  const r = m.result;
  const json = {
    costs: r.costs,
    benefits: r.benefits,
    saldo: r.saldo,
    ratioFinancial: r.ratioFinancial,
    ratioSocial: r.ratioSocial,
    npv: r.npv,
    parties: r.parties,
    scenarios: m.scenarios.map((s) => ({ ...s, error: s.error ?? null })),
    uncertainty: m.uncertainty && {
      design:
        m.uncertainty.design &&
        (({ df, saldo, ratioFinancial, ratioSocial, costs, benefits, parties }) => ({
          df,
          saldo,
          ratioFinancial,
          ratioSocial,
          costs,
          benefits,
          parties,
        }))(m.uncertainty.design),
      psa: m.uncertainty.psa,
      warnings: m.uncertainty.warnings,
    },
    lines: r.lines.map(({ code, label, amount, computed, overridden, formula, inputs }) => ({
      code,
      label,
      amount,
      computed,
      overridden,
      formula,
      inputs,
    })),
    n: m.n,
  };
  print(ctx, json, () =>
    [
      `MKBA op ${m.n} afgeronde dossiers.`,
      table(
        ['post', 'omschrijving', 'bedrag', ''],
        [...COST_CODES, ...BENEFIT_CODES].map((c) => {
          const line = r.lines.find((l) => l.code === c)!;
          return [c, line.label, eur(line.amount), line.overridden ? 'overschreven' : ''];
        }),
      ),
      `Kosten ${eur(r.costs.total)} · baten ${eur(r.benefits.total)} · saldo ${eur(r.saldo)}`,
      `Financiële verhouding ${ratio(r.ratioFinancial)} · maatschappelijke verhouding ${ratio(r.ratioSocial)}`,
      ...designLines(m.uncertainty?.design ?? null),
      m.uncertainty?.psa
        ? `Probabilistische gevoeligheidsanalyse (${m.uncertainty.psa.draws} trekkingen, seed ${m.uncertainty.psa.seed}): saldo ${eur(m.uncertainty.psa.saldo.low)} tot ${eur(m.uncertainty.psa.saldo.high)}; kans op saldo > 0: ${Math.round(m.uncertainty.psa.pSaldoPositive * 100)}%`
        : '',
      ...(m.uncertainty?.warnings ?? []).map((w) => `Let op: ${w}`),
      '',
      table(
        ['partij', 'kosten', 'baten', 'saldo', 'verhouding'],
        r.parties.map((p) => [
          PARTIES.find((x) => x.code === p.party)?.label ?? p.party,
          eur(p.costs),
          eur(p.benefits),
          eur(p.saldo),
          ratio(p.ratio),
        ]),
      ),
      '',
      table(
        ['scenario', 'saldo', 'fin.', 'maatsch.'],
        m.scenarios.map((s) => [
          s.label,
          s.error ? s.error : eur(s.saldo),
          ratio(s.ratioFinancial),
          ratio(s.ratioSocial),
        ]),
      ),
    ].join('\n'),
  );
}
