import { beforeEach, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@/db/client';
import { insertStudy } from '@/db/queries/studies';
import { listAudit } from '@/db/queries/audit';
import { getKengetallen, saveKengetallen } from '@/db/queries/kengetallen';
import { addCustomScenario, deleteCustomScenario, getMkba, setOverride } from '@/db/queries/mkba';
import { step } from '../support/step';
import { customScenarioSchema, overrideSchema, scenarioIdSchema } from '@/lib/mkba';
/** The MKBA actions' steps as the boundary runs them (schema, then the write). */
const overrideStep = (sid: number, target: string, value: number | null, reason: string, actor: string) =>
  step(overrideSchema, { target, value, reason }, (v) => setOverride(db, sid, v, actor));
const scenarioStep = (sid: number, input: unknown, actor: string) =>
  step(customScenarioSchema, input, (v) => addCustomScenario(db, sid, v, actor));
const deleteScenarioStep = (sid: number, id: number, actor: string) =>
  step(scenarioIdSchema, id, (v) => deleteCustomScenario(db, sid, v, actor));

let db: Db;
let studyId: number;

beforeEach(() => {
  db = createDb(':memory:');
  studyId = insertStudy(db, { name: 'MKBA', municipality: 'Groningen', year: 2018, households: 2500 }, 't');
});

describe('kengetallen', () => {
  it('saves a typed value with who and when, and the uitvoerscherm follows it', () => {
    expect(getMkba(db, studyId).result!.costs.K1).toBeCloseTo(40 * 76_302, 6);
    const r = saveKengetallen(db, studyId, [{ key: 'costPerFte', value: '80.000', revision: 0 }], 'onderzoeker:ans');
    expect(r.ok).toBe(true);
    const k = getKengetallen(db, studyId).resolved.get('costPerFte')!;
    expect(k).toMatchObject({ value: 80_000, source: 'invoer', updatedBy: 'onderzoeker:ans', revision: 1 });
    expect(getMkba(db, studyId).result!.costs.K1).toBeCloseTo(40 * 80_000, 6);
    expect(listAudit(db, studyId, 'kengetal.set')[0]).toMatchObject({ entityId: 'costPerFte', newValue: 80_000 });
  });
  it('is all or nothing: one bad value stores none, with the field and what to do', () => {
    const r = saveKengetallen(
      db,
      studyId,
      [
        { key: 'fteNew', value: '45', revision: 0 },
        { key: 'extraCostPct', value: '120', revision: 0 },
      ],
      't',
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.fieldErrors.extraCostPct[0]).toContain('moet kleiner dan 100% zijn');
    expect(getKengetallen(db, studyId).resolved.get('fteNew')!.source).toBe('rapport');
  });
  it('refuses a stale change instead of overwriting someone else’s value', () => {
    saveKengetallen(db, studyId, [{ key: 'fteNew', value: '45', revision: 0 }], 'anna');
    const stale = saveKengetallen(db, studyId, [{ key: 'fteNew', value: '48', revision: 0 }], 'bert');
    expect(stale.ok).toBe(false);
    expect(!stale.ok && stale.fieldErrors.fteNew[0]).toContain('intussen gewijzigd door anna');
    expect(getKengetallen(db, studyId).resolved.get('fteNew')!.value).toBe(45);
  });
  it('an empty value resets to the default, logged', () => {
    saveKengetallen(db, studyId, [{ key: 'fteNew', value: '45', revision: 0 }], 't');
    expect(saveKengetallen(db, studyId, [{ key: 'fteNew', value: null, revision: 1 }], 't').ok).toBe(true);
    expect(getKengetallen(db, studyId).resolved.get('fteNew')).toMatchObject({ value: 50, source: 'rapport' });
    expect(listAudit(db, studyId, 'kengetal.reset')).toHaveLength(1);
  });
  it('a missing caseload makes the uitvoerscherm list it instead of computing with 0', () => {
    const other = insertStudy(db, { name: 'Zonder H', municipality: 'X', year: 2020 }, 't');
    const m = getMkba(db, other);
    expect(m.result).toBeNull();
    expect(m.missing).toContain('Kengetal ontbreekt: aantal huishoudens in de caseload (H)');
  });
});

describe('overrides and scenarios', () => {
  it('a line override needs a reason, is shown as overridden and can be removed', () => {
    expect(overrideStep(studyId, 'line:B3', 450_500, '', 't').ok).toBe(false);
    expect(overrideStep(studyId, 'line:B9', 1, 'reden', 't').ok).toBe(false);
    expect(overrideStep(studyId, 'line:B3', 450_500, 'rapport: 1% voorkomen escalatie', 't').ok).toBe(true);
    const line = getMkba(db, studyId).result!.lines.find((l) => l.code === 'B3')!;
    expect(line).toMatchObject({ amount: 450_500, computed: 0, overridden: true });
    overrideStep(studyId, 'line:B3', null, '', 't');
    expect(getMkba(db, studyId).result!.benefits.B3).toBe(0);
    expect(listAudit(db, studyId).filter((a) => a.action.startsWith('mkba.override'))).toHaveLength(2);
  });
  it('a quantity override feeds its line; a value the override needs is then required', () => {
    overrideStep(studyId, 'quantity:prevented.huisuitzetting', 0.01, 'schatting', 't');
    const m = getMkba(db, studyId);
    expect(m.result).toBeNull();
    expect(m.missing).toContain(
      'Waarde overlast en onveiligheid ontbreekt voor escalatietype Huisuitzetting (gebruikt in B4c)',
    );
    saveKengetallen(db, studyId, [{ key: 'nuisanceValue.huisuitzetting', value: '116', revision: 0 }], 't');
    const b3 = getMkba(db, studyId).result!.lines.find((l) => l.code === 'B3')!;
    expect(b3.amount).toBeCloseTo(2500 * 0.01 * 18_400, 6);
    expect(b3.inputs[0].overridden).toBe(true);
  });
  it('custom scenarios are stored, computed beside the report’s, and deleted', () => {
    expect(scenarioStep(studyId, { name: '', overrides: {} }, 't').ok).toBe(false);
    const added = scenarioStep(studyId, { name: '45 fte', overrides: { fteNew: 45 } }, 't');
    expect(added.ok).toBe(true);
    const m = getMkba(db, studyId);
    const row = m.scenarios.find((s) => s.label === '45 fte')!;
    expect(row.costs).toBeCloseTo(45 * 76_302, 6);
    expect(m.scenarios[0].id).toBe('basis');
    expect(m.scenarios.some((s) => s.id === 'meerkosten_30')).toBe(true);
    expect(deleteScenarioStep(studyId, added.ok ? added.data.id : 0, 't').ok).toBe(true);
    expect(getMkba(db, studyId).scenarios.some((s) => s.label === '45 fte')).toBe(false);
  });
});

describe('export', () => {
  it('the steekproefbestand carries the MKBA sheets with the uitvoerscherm’s figures and the kengetallen’s sources', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const { replaceFrame } = await import('@/db/queries/frame');
    const { storeNewDraw } = await import('@/db/queries/sample-draws');
    const { exportSampleFile } = await import('@/db/queries/export');
    replaceFrame(
      db,
      studyId,
      Array.from({ length: 4 }, (_, i) => ({
        row: i + 2,
        dossiernummer: `00${i}`,
        teamlid: 'Anouk',
        team: 'Beijum',
        huishoudtype: null,
        startdatum: null,
        status: null,
      })),
      { fileName: 'x', fileSha256: 'x', warnings: [] },
      't',
    );
    storeNewDraw(db, { studyId, seed: 1, perCaseworker: 2, reserves: 0, actor: 't' });
    saveKengetallen(db, studyId, [{ key: 'costPerFte', value: '80000', revision: 0 }], 'anna');
    overrideStep(studyId, 'line:B3', 450_500, 'rapport', 't');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportSampleFile(db, studyId, 'xlsx', 't'))! as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'MKBA',
        'MKBA-berekening',
        'MKBA-partijen',
        'MKBA-gevoeligheid',
        'MKBA-onzekerheid',
        'Kengetallen',
      ]),
    );
    expect(names.indexOf('Verantwoording')).toBe(names.length - 1);
    const rows = (name: string) =>
      wb
        .getWorksheet(name)!
        .getSheetValues()
        .slice(2)
        .map((r) => (r as unknown[]).slice(1));
    const mkba = getMkba(db, studyId).result!;
    expect(rows('MKBA').find((r) => r[0] === 'K1')![2]).toBeCloseTo(mkba.costs.K1, 6);
    expect(
      rows('MKBA')
        .find((r) => r[0] === 'B3')!
        .slice(2, 5),
    ).toEqual([450_500, 0, 'ja']);
    expect(rows('MKBA').find((r) => r[0] === 'saldo')![2]).toBeCloseTo(mkba.saldo, 6);
    const k = rows('Kengetallen').find((r) => r[0] === 'costPerFte')!;
    expect(k.slice(2, 4)).toEqual([80_000, 'invoer']);
    expect(k[5]).toBe('anna');
    expect(rows('MKBA-gevoeligheid').some((r) => r[0] === 'Meerkosten 30%')).toBe(true);
    expect(rows('MKBA-onzekerheid')[0].slice(-1)[0]).toContain('Nog geen afgeronde dossiers');
  });
});

describe('design-based uncertainty and the PSA with kengetal ranges (#17)', () => {
  it('a range is stored with its source, audited, drawn in the PSA and removable; a bad range changes nothing', async () => {
    const { seedIfEmpty } = await import('@/db/seed');
    const { listStudies } = await import('@/db/queries/studies');
    const { DEMO_RESULTS_NAME } = await import('@/db/demo-results');
    const { listKengetalRanges, removeKengetalRange, setKengetalRange } = await import('@/db/queries/kengetallen');
    const demo = createDb(':memory:');
    seedIfEmpty(demo);
    const id = listStudies(demo).find((s) => s.name === DEMO_RESULTS_NAME)!.id;

    const before = getMkba(demo, id).uncertainty!;
    expect(before.design!.df).toBe(80 - 20);
    expect(before.design!.parties.length).toBeGreaterThan(1);
    expect(before.psa!.ranges).toEqual([]);

    const bad = [
      { key: 'costPerFte', low: '90.000', high: '70.000', source: 'CAO' },
      { key: 'bestaatniet', low: '1', high: '2', source: 'CAO' },
      { key: 'costPerFte', low: 'veel', high: '90000', source: 'CAO' },
      { key: 'costPerFte', low: '70000', high: '90000', source: '' },
      { key: 'extraCostPct', low: '10', high: '120', source: 'CAO' },
    ];
    for (const input of bad) expect(setKengetalRange(demo, id, input, 'anna').ok).toBe(false);
    expect(setKengetalRange(demo, id, bad[0], 'anna')).toMatchObject({
      ok: false,
      fieldErrors: { high: ['De bovengrens moet groter zijn dan de ondergrens.'] },
    });
    expect(setKengetalRange(demo, id, bad[4], 'anna')).toMatchObject({
      ok: false,
      fieldErrors: { high: [expect.stringContaining('moet kleiner dan 100% zijn')] },
    });
    expect(listKengetalRanges(demo, id)).toEqual([]);

    expect(
      setKengetalRange(
        demo,
        id,
        { key: 'extraCostPct', low: '10', high: '30', source: 'Rapport: gevoeligheid meerkosten' },
        'anna',
      ).ok,
    ).toBe(true);
    expect(listKengetalRanges(demo, id)).toMatchObject([
      { key: 'extraCostPct', low: 0.1, high: 0.3, source: 'Rapport: gevoeligheid meerkosten', updatedBy: 'anna' },
    ]);
    expect(listAudit(demo, id, 'kengetal.range.set')[0]).toMatchObject({
      entityId: 'extraCostPct',
      newValue: { low: 0.1, high: 0.3 },
    });
    const after = getMkba(demo, id).uncertainty!;
    expect(after.psa!.ranges).toMatchObject([{ key: 'extraCostPct', value: 0.2, low: 0.1, high: 0.3 }]);
    expect(after.psa!.saldo.high - after.psa!.saldo.low).toBeGreaterThan(
      before.psa!.saldo.high - before.psa!.saldo.low,
    );
    expect(after.design).toEqual(before.design); // a kengetal range is not sampling error

    expect(removeKengetalRange(demo, id, 'extraCostPct', 'anna').ok).toBe(true);
    expect(removeKengetalRange(demo, id, 'extraCostPct', 'anna').ok).toBe(false);
    expect(getMkba(demo, id).uncertainty!.psa).toEqual(before.psa);
  });

  it('without completed cases there is no sampling interval, and it says so', () => {
    const u = getMkba(db, studyId).uncertainty!;
    expect([u.design, u.psa]).toEqual([null, null]);
    expect(u.warnings[0]).toContain('Nog geen afgeronde dossiers');
  });
});
