/**
 * Issue #16, finding 5: a scenario with the key `meerkostenPct` (not an input) was stored, and
 * from then on the uitvoerscherm, the xlsx export and the CLI's `mkba` and `export` failed, with
 * the delete button on the broken page. Keys are now checked against the study's inputs, and a
 * stored scenario that cannot run is shown as failing (and can be deleted) instead.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createDb, type Db } from '@/db/client';
import { insertStudy } from '@/db/queries/studies';
import { replaceFrame } from '@/db/queries/frame';
import { storeNewDraw } from '@/db/queries/sample-draws';
import { exportSampleFile } from '@/db/queries/export';
import { addCustomScenario, deleteCustomScenario, getMkba, listCustomScenarios } from '@/db/queries/mkba';
import { mkbaScenarios } from '@/db/schema';
import { defaultLists } from '@/lib/codebook';
import { step } from '../support/step';
import { BROKEN_SCENARIO, customScenarioSchema, scenarioIdSchema, scenarioInputKeys } from '@/lib/mkba';
/** The MKBA actions' steps as the boundary runs them (schema, then the write). */
const scenarioStep = (sid: number, input: unknown, actor: string) =>
  step(customScenarioSchema, input, (v) => addCustomScenario(db, sid, v, actor));
const deleteScenarioStep = (sid: number, id: number, actor: string) =>
  step(scenarioIdSchema, id, (v) => deleteCustomScenario(db, sid, v, actor));

let db: Db;
let studyId: number;

beforeEach(() => {
  db = createDb(':memory:');
  studyId = insertStudy(
    db,
    { name: 'MKBA', municipality: 'Groningen', year: 2018, households: 2500, clients: null },
    't',
  );
});

describe('custom scenario keys', () => {
  it('refuses a key that is no kengetal or quantity of this study, and stores nothing', () => {
    for (const key of [
      'meerkostenPct',
      'escalationCost.bestaatniet',
      'q:prevented.bestaatniet',
      'prices.onbekend',
      'q:fteNew',
    ]) {
      const r = scenarioStep(studyId, { name: 'Test', overrides: { [key]: 1 } }, 't');
      expect(r.ok, key).toBe(false);
      expect(!r.ok && r.formError).toMatch(/^Het scenario wijzigt een invoer die niet bestaat in dit onderzoek/);
      expect(!r.ok && r.formError).not.toContain(key);
    }
    expect(listCustomScenarios(db, studyId)).toEqual([]);
  });

  it('accepts kengetallen, map entries, prices and measured quantities', () => {
    const escalation = defaultLists.escalationTypes[0].code;
    const r = scenarioStep(
      studyId,
      {
        name: 'Ok',
        overrides: {
          fteNew: 40,
          [`escalationCost.${escalation}`]: 1000,
          [`q:prevented.${escalation}`]: 0.1,
          [`prices.${defaultLists.trajectoryTypes[0].code}`]: 500,
        },
      },
      't',
    );
    expect(r.ok).toBe(true);
    const row = getMkba(db, studyId).scenarios.find((s) => s.label === 'Ok');
    expect(row).toBeDefined();
    expect(row!.error).not.toBe(BROKEN_SCENARIO);
    expect(scenarioInputKeys(defaultLists).has('meerkostenPct')).toBe(false);
  });
});

describe('a stored scenario that can no longer run', () => {
  const insertBroken = (overrides: unknown) =>
    db
      .insert(mkbaScenarios)
      .values({ studyId, name: 'Oud scenario', overrides: overrides as Record<string, number>, createdBy: 't' })
      .returning()
      .get().id;

  it('is shown as failing beside the others; the page data, the export and the delete still work', async () => {
    const good = scenarioStep(studyId, { name: 'Goed', overrides: { fteNew: 40 } }, 't');
    const broken = insertBroken({ meerkostenPct: 0.3 });
    insertBroken([1, 2]);
    const m = getMkba(db, studyId);
    expect(m.result).not.toBeNull();
    const rows = m.scenarios.filter((s) => s.id.startsWith('eigen-'));
    expect(rows.map((s) => [s.label, s.error ?? null])).toEqual([
      ['Goed', null],
      ['Oud scenario', BROKEN_SCENARIO],
      ['Oud scenario', BROKEN_SCENARIO],
    ]);
    expect(good.ok && rows[0].id).toBe(`eigen-${good.ok && good.data.id}`);

    // The export (web and CLI `export`) carries it as a failing row.
    replaceFrame(
      db,
      studyId,
      [{ row: 2, dossiernummer: 'D1', teamlid: 'A', team: 'T', huishoudtype: null, startdatum: null, status: null }],
      { fileName: 'x', fileSha256: 'x', warnings: [] },
      't',
    );
    storeNewDraw(db, { studyId, seed: 1, perCaseworker: 1, reserves: 0, actor: 't' });
    const xlsx = await exportSampleFile(db, studyId, 'xlsx', 't');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx! as never);
    const cells = wb.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String));
    expect(cells).toContain(BROKEN_SCENARIO);

    expect(deleteScenarioStep(studyId, broken, 't').ok).toBe(true);
    expect(getMkba(db, studyId).scenarios.filter((s) => s.error === BROKEN_SCENARIO)).toHaveLength(1);
  });
});
