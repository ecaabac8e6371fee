import type { Db } from '@/db/client';
import { getMkba } from '@/db/queries/mkba';
import { BENEFIT_CODES, COST_CODES } from '@/lib/mkba';
import { PARTIES } from '@/lib/codebook/defaults';
import { CliError, print, table, type CliContext } from '../io';
import { requireStudy } from './study-flag';

const eur = (v: number) => `€ ${Math.round(v).toLocaleString('nl-NL')}`;
const ratio = (v: number | null) => (v === null ? '–' : v.toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));

/** `mkba --study ID [--json]`: the uitvoerscherm, per party and the scenarios, as on the web page. */
export function mkbaCommand(db: Db, ctx: CliContext, flags: Record<string, string | undefined>) {
  const id = requireStudy(db, flags);
  const m = getMkba(db, id);
  if (!m.result) throw new CliError(`De MKBA kan niet berekend worden. Ontbrekende kengetallen:\n- ${m.missing.join('\n- ')}`);
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
    uncertainty: m.uncertainty,
    lines: r.lines.map(({ code, label, amount, computed, overridden, formula, inputs }) => ({ code, label, amount, computed, overridden, formula, inputs })),
    n: m.n,
  };
  print(ctx, json, () => [
    `MKBA op ${m.n} afgeronde dossiers.`,
    table(['post', 'omschrijving', 'bedrag', ''], [...COST_CODES, ...BENEFIT_CODES].map((c) => {
      const line = r.lines.find((l) => l.code === c)!;
      return [c, line.label, eur(line.amount), line.overridden ? 'overschreven' : ''];
    })),
    `Kosten ${eur(r.costs.total)} · baten ${eur(r.benefits.total)} · saldo ${eur(r.saldo)}`,
    `Financiële verhouding ${ratio(r.ratioFinancial)} · maatschappelijke verhouding ${ratio(r.ratioSocial)}`,
    m.uncertainty ? `95%-interval saldo (Monte Carlo, ${m.uncertainty.draws} trekkingen, seed ${m.uncertainty.seed}): ${eur(m.uncertainty.saldo.low)} tot ${eur(m.uncertainty.saldo.high)}` : '',
    '',
    table(['partij', 'kosten', 'baten', 'saldo', 'verhouding'], r.parties.map((p) => [PARTIES.find((x) => x.code === p.party)?.label ?? p.party, eur(p.costs), eur(p.benefits), eur(p.saldo), ratio(p.ratio)])),
    '',
    table(['scenario', 'saldo', 'fin.', 'maatsch.'], m.scenarios.map((s) => [s.label, s.error ? s.error : eur(s.saldo), ratio(s.ratioFinancial), ratio(s.ratioSocial)])),
  ].join('\n'));
}
