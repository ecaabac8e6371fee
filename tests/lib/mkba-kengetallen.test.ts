import { describe, expect, it } from 'vitest';
import { defaultLists } from '@/lib/codebook';
import {
  calculateMkba,
  escalationPartySplit,
  kengetalKeys,
  kengetallenView,
  meanEscalationCost,
  missingUnitValues,
  parseDutchNumber,
  parseKengetal,
  REPORT_PROFILE,
  resolveKengetallen,
  runScenarios,
  toScenario,
  toUnitValues,
  type Quantities,
  type StoredKengetal,
} from '@/lib/mkba';
import { REPORT_QUANTITIES, REPORT_UNIT_VALUES } from '@/lib/mkba/reference';

const lists = defaultLists;
const entry = (value: unknown, revision = 1): StoredKengetal => ({
  value,
  updatedBy: 'tester',
  updatedAt: 1,
  revision,
});

describe('zorgconsumptieprofiel', () => {
  it('derives the escalation cost as the mean one-step increase of table 5 (€ 18,400)', () => {
    expect(meanEscalationCost(REPORT_PROFILE)).toBeCloseTo(18_400, 6);
  });
  it('splits escalation costs over the funding columns’ parties, summing to 1', () => {
    const s = escalationPartySplit(REPORT_PROFILE);
    expect(Object.values(s).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(s.gemeente).toBeCloseTo(109_300 / 165_600, 10);
    expect(s.rijk).toBeCloseTo(52_700 / 165_600, 10);
    expect(s.zorgverzekeraar).toBeCloseTo(3_600 / 165_600, 10);
  });
});

describe('parsing a kengetal', () => {
  it('reads Dutch and plain numbers', () => {
    expect(parseDutchNumber('76.302')).toBe(76302);
    expect(parseDutchNumber('76302')).toBe(76302);
    expect(parseDutchNumber('0,25')).toBe(0.25);
    expect(parseDutchNumber('€ 1.234,5')).toBe(1234.5);
    expect(parseDutchNumber('-9,5')).toBe(-9.5);
    expect(parseDutchNumber('')).toBeNull();
    expect(parseDutchNumber('twintig')).toBeNaN();
  });
  it('stores percentages as fractions and checks ranges with the field in the message', () => {
    expect(parseKengetal('extraCostPct', '30', lists)).toEqual({ ok: true, value: 0.3 });
    const r = parseKengetal('extraCostPct', '100', lists);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('Meerkosten nieuwe werkwijze: moet kleiner dan 100% zijn');
    const neg = parseKengetal('costPerFte', '-1', lists);
    expect(!neg.ok && neg.message).toContain('Kosten per fte per jaar');
    expect(parseKengetal('financialValue.financien', '-380', lists)).toEqual({ ok: true, value: -380 });
    const text = parseKengetal('qaly.financien', 'veel', lists);
    expect(!text.ok && text.message).toContain('"veel" is geen getal');
  });
  it('refuses unknown keys, splits that do not sum to 100% and a malformed profile', () => {
    expect(parseKengetal('prijs.x', '1', lists).ok).toBe(false);
    const split = parseKengetal('partySplit.K1', { gemeente: 0.5, rijk: 0.4 }, lists);
    expect(!split.ok && split.message).toContain('90% in plaats van 100%');
    expect(parseKengetal('partySplit.K3', 'betaler', lists)).toEqual({ ok: true, value: 'betaler' });
    expect(parseKengetal('profile', REPORT_PROFILE.slice(1), lists).ok).toBe(false);
    expect(parseKengetal('profile', REPORT_PROFILE, lists).ok).toBe(true);
  });
  it('knows a key for every scalar, line split, domain and escalation value', () => {
    const keys = kengetalKeys(lists);
    expect(keys).toContain('fteNew');
    expect(keys).toContain('partySplit.B4c');
    expect(keys).toContain('childValue.opvoeding');
    expect(keys).toContain('nuisanceValue.huisuitzetting');
  });
});

describe('resolving kengetallen', () => {
  it('uses the report’s defaults with their source, the study’s caseload, and lets entries win', () => {
    const r = resolveKengetallen(new Map([['costPerFte', entry(80_000, 3)]]), lists, { households: 2500 });
    expect(r.get('fteNew')).toMatchObject({ value: 50, source: 'rapport', revision: 0 });
    expect(r.get('costPerFte')).toMatchObject({ value: 80_000, source: 'invoer', updatedBy: 'tester', revision: 3 });
    expect(r.get('households')).toMatchObject({ value: 2500, source: 'onderzoek' });
    expect(r.get('escalationCost.huisuitzetting')).toMatchObject({ value: 18_400, source: 'afgeleid' });
    expect(r.get('financialValue.financien')).toMatchObject({ value: undefined, source: 'ontbreekt' });
  });
  it('reports missing domain values for measured net improvement, never a silent zero', () => {
    const q: Quantities = { means: { 'net_improved.financien': 0.02 } };
    const v = toUnitValues(resolveKengetallen(new Map(), lists, { households: 100 }), lists, q);
    const missing = missingUnitValues(v, q, lists);
    expect(missing).toContain('Financiële waarde ontbreekt voor levensdomein Financiën (gebruikt in B2)');
    expect(missing).toContain('QALY-winst ontbreekt voor levensdomein Financiën (gebruikt in B4b)');
  });
  it('reports a missing caseload', () => {
    const v = toUnitValues(resolveKengetallen(new Map(), lists, { households: null }), lists, { means: {} });
    expect(missingUnitValues(v, { means: {} }, lists)).toContain(
      'Kengetal ontbreekt: aantal huishoudens in de caseload (H)',
    );
  });
  it('derives a payer split from the catalogue, weighted by each type’s amount', () => {
    const q: Quantities = { means: { 'prof_extra.individuele_begeleiding': 0.01, 'prof_extra.ggz_behandeling': 0.01 } };
    const v = toUnitValues(resolveKengetallen(new Map(), lists, { households: 100 }), lists, q);
    expect(v.partySplit.K3!.gemeente).toBeCloseTo(7589 / (7589 + 3500), 10);
    expect(v.partySplit.K3!.zorgverzekeraar).toBeCloseTo(3500 / (7589 + 3500), 10);
  });
  it('stored report values reproduce the report fixture through the same path as the app', () => {
    const v0 = REPORT_UNIT_VALUES;
    const stored = new Map<string, StoredKengetal>([
      ['households', entry(v0.households)],
      ...Object.entries(v0.partySplit).map(([line, s]) => [`partySplit.${line}`, entry(s)] as [string, StoredKengetal]),
      ...(['escalationCost', 'nuisanceValue', 'financialValue', 'qaly', 'childValue'] as const).flatMap((m) =>
        Object.entries(v0[m]).map(([c, x]) => [`${m}.${c}`, entry(x)] as [string, StoredKengetal]),
      ),
    ]);
    const catalogue = { ...lists, trajectoryTypes: lists.trajectoryTypes.filter((t) => t.code in v0.prices) };
    const v = toUnitValues(resolveKengetallen(stored, catalogue, { households: null }), catalogue, REPORT_QUANTITIES);
    const viaApp = calculateMkba(REPORT_QUANTITIES, v, catalogue);
    const direct = calculateMkba(REPORT_QUANTITIES, v0, catalogue);
    expect(viaApp.costs).toEqual(direct.costs);
    expect(viaApp.benefits).toEqual(direct.benefits);
    expect(viaApp.ratioFinancial).toBeCloseTo(0.88, 2);
    expect(viaApp.parties).toEqual(direct.parties);
  });
  it('shows percentages as typed percentages and every split mode in the page model', () => {
    const view = kengetallenView(resolveKengetallen(new Map(), lists, { households: 2500 }), lists);
    expect(view.scalars.find((f) => f.key === 'extraCostPct')!.text).toBe('20');
    expect(view.splits.find((s) => s.line === 'K3')!.mode).toBe('betaler');
    expect(view.splits.find((s) => s.line === 'B4c')!.shares.corporatie).toBe('50');
    expect(view.profile.rows).toHaveLength(12);
  });
});

describe('custom scenarios', () => {
  it('override kengetallen, per-code values and measured quantities', () => {
    const s = toScenario(
      'eigen-1',
      {
        name: 'Duurder',
        overrides: { costPerFte: 90_000, 'escalationCost.huisuitzetting': 20_000, 'q:prevented.huisuitzetting': 0.02 },
      },
      REPORT_UNIT_VALUES,
    );
    const rows = runScenarios(REPORT_QUANTITIES, REPORT_UNIT_VALUES, [s], lists);
    const base = calculateMkba(REPORT_QUANTITIES, REPORT_UNIT_VALUES, lists);
    const k1 = 50 * 0.8 * 90_000;
    const b3 = 2500 * 0.02 * 20_000;
    expect(rows[1].costs).toBeCloseTo(k1 + 50 * 0.2 * 90_000 + base.costs.K3, 6);
    expect(rows[1].benefits).toBeCloseTo(
      base.benefits.total - base.benefits.B1a - base.benefits.B3 - base.benefits.B4c + k1 + b3 + 2500 * 0.02 * 116,
      6,
    );
  });
  it('a scenario that cannot run for the study says why instead of failing the page', () => {
    const rows = runScenarios({ means: {} }, { ...REPORT_UNIT_VALUES }, undefined, lists);
    expect(rows.find((r) => r.id === 'escalatie_2')!.error).toMatch(/geen gemeten/);
    expect(rows.find((r) => r.id === 'meerkosten_30')!.error).toBeUndefined();
  });
});

describe('quantity labels', () => {
  it('name each MKBA quantity in Dutch from the study lists', async () => {
    const { quantityLabel } = await import('@/lib/mkba');
    expect(quantityLabel('prof_extra.jeugd_verblijf', lists)).toBe('Extra traject: Jeugdhulp met verblijf');
    expect(quantityLabel('prevented.huisuitzetting', lists)).toBe('Voorkomen: Huisuitzetting');
    expect(quantityLabel('net_improved.financien', lists)).toBe('Netto verbetering: Financiën');
    expect(quantityLabel('trajecten_per_hh', lists)).toBe('trajecten_per_hh');
  });
});
