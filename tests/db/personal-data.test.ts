/**
 * Issue #16, finding 4: the issue's value went verbatim into every free-text field and then into
 * the append-only audit log. Each path below must refuse it (with a Dutch message naming the field
 * and the kind, value masked) before anything is stored or audited.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { codebookV1 } from '@/lib/codebook';
import { allRestAnswers } from '@/lib/interview/rest-answers';
import { createDb, type Db } from '@/db/client';
import { importFrameFile, replaceFrame } from '@/db/queries/frame';
import { insertStudy } from '@/db/queries/studies';
import { archiveActiveDraw, SampleRefused, storeNewDraw } from '@/db/queries/sample-draws';
import { listDrawItems, replaceCase } from '@/db/queries/sample-items';
import { finishCase, saveAnswers } from '@/db/queries/answers';
import {
  answerQuestion,
  approveCase,
  askQuestion,
  listReviewEvents,
  ReviewRefused,
  unlockCase,
} from '@/db/queries/reviews';
import { saveStudyLists } from '@/db/queries/study-lists';
import { saveKengetallen } from '@/db/queries/kengetallen';
import { addCustomScenario, listCustomScenarios, listOverrides, setOverride } from '@/db/queries/mkba';
import { saveCanvas } from '@/db/queries/arena';
import { AccountRefused, createUser } from '@/db/queries/users';
import { defaultLists } from '@/lib/codebook';
import { studyInputSchema } from '@/lib/study/study-schema';
import { arenaGroupSchema } from '@/lib/arena/group-schema';
import { parseFrameFile } from '@/lib/import';
import { step } from '../support/step';
import { customScenarioSchema, overrideSchema } from '@/lib/mkba';
/** The MKBA actions' steps as the boundary runs them (schema, then the write). */
const overrideStep = (sid: number, target: string, value: number | null, reason: string, actor: string) =>
  step(overrideSchema, { target, value, reason }, (v) => setOverride(db, sid, v, actor));
const scenarioStep = (sid: number, input: unknown, actor: string) =>
  step(customScenarioSchema, input, (v) => addCustomScenario(db, sid, v, actor));

const P = 'Jan Jansen BSN 111222333 jan.jansen@example.nl 06-12345678';
const TRACES = ['111222333', 'jansen@', 'jan.jansen', '12345678', '9712', 'Hoofdstraat', '1984'];

let db: Db;
let studyId: number;
let item: number;
let other: number;

/** Nothing of the refused values anywhere in the audit log, nor in the tables that hold free text. */
function expectNoTrace() {
  const dump = JSON.stringify([
    db.$client.prepare('select * from audit_log').all(),
    db.$client.prepare('select * from review_events').all(),
    db.$client.prepare('select * from sample_draws').all(),
    db.$client.prepare('select * from sample_items').all(),
    db.$client.prepare('select * from study_lists').all(),
    db.$client.prepare('select * from kengetallen').all(),
    db.$client.prepare('select * from mkba_scenarios').all(),
    db.$client.prepare('select * from mkba_overrides').all(),
    db.$client.prepare('select * from arena_canvases').all(),
    db.$client.prepare('select * from users').all(),
    db.$client.prepare('select * from frame_cases').all(),
    db.$client.prepare('select * from frame_imports').all(),
  ]);
  for (const t of TRACES) expect(dump, t).not.toContain(t);
}

const refusedWith = (fn: () => unknown, cls: new (...a: never[]) => Error): string => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(cls);
    return (err as Error).message;
  }
  throw new Error('not refused');
};

/** The message names the kind and masks the value. */
const expectMasked = (message: string, field: RegExp) => {
  expect(message).toMatch(field);
  expect(message).toMatch(/BSN|e-mailadres|telefoonnummer/);
  expect(message).toMatch(/persoonsgegevens/);
  for (const t of TRACES) expect(message).not.toContain(t);
};

beforeAll(() => {
  db = createDb(':memory:');
  studyId = insertStudy(db, { name: 'T', municipality: 'G', year: 2018, households: 2500, clients: null }, 'test');
  const rows = Array.from({ length: 8 }, (_, i) => ({
    row: i + 2,
    dossiernummer: `D${i}`,
    teamlid: 'Anouk',
    team: 'Beijum',
    huishoudtype: null,
    startdatum: null,
    status: null,
  }));
  replaceFrame(db, studyId, rows, { fileName: 'x', fileSha256: 'x', warnings: [] }, 'test');
  const draw = storeNewDraw(db, { studyId, seed: 1, perCaseworker: 3, reserves: 1, actor: 'test' });
  const items = listDrawItems(db, draw.id).filter((i) => i.role === 'sample');
  [item, other] = [items[0].id, items[1].id];
  saveAnswers(db, {
    studyId,
    sampleItemId: item,
    changes: [
      { key: 'A1', value: 'gezin', baseRevision: 0 },
      { key: 'A8', value: 'ja', baseRevision: 0 },
      { key: 'E1', value: 10, baseRevision: 0 },
      ...allRestAnswers(codebookV1, defaultLists, {}).map((r) => ({ ...r, baseRevision: 0 })),
    ],
    actor: 'o',
  });
  expect(finishCase(db, { studyId, sampleItemId: item, actor: 'o' }).ok).toBe(true);
});

const scope = (itemId = item) => ({ studyId, itemId, teamIds: null, actor: 'onderzoeker' });

describe('the personal-data guard refuses before storing or auditing', () => {
  it('the study name and gemeente (web form and CLI share the schema)', () => {
    const r = studyInputSchema.safeParse({
      name: `Onderzoek ${P}`,
      municipality: 'Groningen, Hoofdstraat 12',
      year: 2018,
      households: '',
      clients: '',
    });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages.some((m) => m.startsWith('name: De naam van het onderzoek bevat'))).toBe(true);
    expect(messages.some((m) => m.startsWith('municipality: De gemeente bevat een adres'))).toBe(true);
    expect(
      studyInputSchema.safeParse({
        name: 'WIJ-team Beijum 2018',
        municipality: 'Groningen',
        year: 2018,
        households: '',
        clients: '',
      }).success,
    ).toBe(true);
  });

  it('list labels', () => {
    const lists = {
      ...defaultLists,
      lifeDomains: defaultLists.lifeDomains.map((d, i) => (i === 1 ? { ...d, label: `Financiën (${P})` } : d)),
    };
    const r = saveStudyLists(db, studyId, lists, 'o');
    expect(r.ok).toBe(false);
    expectMasked(!r.ok ? r.message : '', /^Leefgebieden, rij 2, omschrijving bevat/);
  });

  it('the kengetallen note, and a note or revision of the wrong type gets a message, not a server error', () => {
    const r = saveKengetallen(db, studyId, [{ key: 'fteNew', value: '45', revision: 0, note: P }], 'o');
    expect(r.ok).toBe(false);
    expectMasked(!r.ok ? r.fieldErrors.fteNew.join(' ') : '', /De toelichting bevat/);
    const obj = saveKengetallen(
      db,
      studyId,
      [{ key: 'fteNew', value: '45', revision: 0, note: { text: 'x' } as never }],
      'o',
    );
    expect(obj).toMatchObject({ ok: false, formError: 'De toelichting moet tekst zijn.' });
    const frac = saveKengetallen(db, studyId, [{ key: 'fteNew', value: '45', revision: 0.5 }], 'o');
    expect(frac).toMatchObject({ ok: false, formError: expect.stringContaining('geheel getal') });
  });

  it('review questions, answers, question_key and the unlock reason', () => {
    expectMasked(
      refusedWith(() => askQuestion(db, { ...scope(), body: P }), ReviewRefused),
      /^De vraag bevat/,
    );
    // question_key is checked against the codebook: free text, an unknown code or a foreign repeat row is refused.
    for (const key of [P, 'ZZ9', 'C.r999.type', 'A1 extra']) {
      expect(
        refusedWith(() => askQuestion(db, { ...scope(), body: 'Klopt dit?', questionKey: key }), ReviewRefused),
      ).toMatch(/Kies bij "Over" een vraag/);
    }
    const q = askQuestion(db, { ...scope(), body: 'Klopt A1?', questionKey: 'A1' });
    expect(listReviewEvents(db, item).find((e) => e.id === q)?.questionKey).toBe('A1');
    expectMasked(
      refusedWith(() => answerQuestion(db, { ...scope(), questionId: q, body: `Ja, ${P}` }), ReviewRefused),
      /^Het antwoord bevat/,
    );
    answerQuestion(db, { ...scope(), questionId: q, body: 'Ja, dat klopt.' });
    approveCase(db, scope());
    expectMasked(
      refusedWith(() => unlockCase(db, { ...scope(), reason: `Moeder belde: ${P}` }), ReviewRefused),
      /^De reden bevat/,
    );
  });

  it('the replacement note, the draw reason and the archive reason', () => {
    expectMasked(
      refusedWith(
        () =>
          replaceCase(db, {
            studyId,
            dossiernummer: listDrawItems(db, storeDrawId()).find((i) => i.id === other)!.dossiernummer,
            reason: 'overig',
            note: P,
            actor: 'o',
          }),
        SampleRefused,
      ),
      /^De toelichting bevat/,
    );
    expectMasked(
      refusedWith(
        () => storeNewDraw(db, { studyId, seed: 2, perCaseworker: 3, reserves: 1, reason: P, actor: 'o' }),
        SampleRefused,
      ),
      /^De reden bevat/,
    );
    expectMasked(
      refusedWith(() => archiveActiveDraw(db, studyId, `Op verzoek van ${P}`, 'o'), SampleRefused),
      /^De reden bevat/,
    );
  });

  it('arena card titles and notes, and group names', () => {
    const card = {
      id: 'c1',
      column: 'probleem',
      title: 'Schulden',
      note: '',
      y: 0,
      intended: true,
      direct: true,
      lines: [],
      questions: [],
    };
    for (const bad of [
      { ...card, title: P },
      { ...card, note: `Zie ${P}` },
    ]) {
      const r = saveCanvas(db, {
        studyId,
        canvasId: null,
        doc: { version: 1, cards: [bad], arrows: [] },
        baseRevision: 0,
        actor: 'o',
      });
      expect(r.ok).toBe(false);
      expectMasked(
        !r.ok ? r.message : '',
        /^Canvas niet opgeslagen: De (titel van een kaart in "1\. Probleemanalyse & doelstelling"|toelichting bij kaart "Schulden") bevat/,
      );
    }
    const g = arenaGroupSchema.safeParse({ name: 'Groep jan.jansen@example.nl', fromTemplate: false });
    expect(g.success).toBe(false);
    expectMasked(g.error!.issues[0].message, /^De naam van de groep bevat een e-mailadres/);
  });

  it('scenario names and override reasons', () => {
    const s = scenarioStep(studyId, { name: P, overrides: { fteNew: 40 } }, 'o');
    expect(s.ok).toBe(false);
    expectMasked(!s.ok ? s.formError : '', /^De naam van het scenario bevat/);
    expect(listCustomScenarios(db, studyId)).toEqual([]);
    const o = overrideStep(studyId, 'line:K1', 100, `Gebeld met ${P}`, 'o');
    expect(o.ok).toBe(false);
    expectMasked(!o.ok ? o.formError : '', /^De reden bevat/);
    expect(listOverrides(db, studyId)).toEqual([]);
  });

  it('a user display name', () => {
    expectMasked(
      refusedWith(
        () => createUser(db, { username: 'jan', displayName: P, passwordHash: 'x' }, 'admin'),
        AccountRefused,
      ),
      /^De weergavenaam bevat/,
    );
    expect(
      refusedWith(
        () => createUser(db, { username: '0612345678', displayName: 'Jan', passwordHash: 'x' }, 'admin'),
        AccountRefused,
      ),
    ).toMatch(/^De gebruikersnaam bevat een telefoonnummer/);
  });

  it('leaves no trace of any refused value in the audit log or the tables', () => {
    expectNoTrace();
  });
});

function storeDrawId(): number {
  return (
    db.$client.prepare("select id from sample_draws where study_id = ? and status = 'actief'").get(studyId) as {
      id: number;
    }
  ).id;
}

describe('the frame import checks every text column and never echoes a bad header', () => {
  const csv = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));

  it('refuses an e-mail address as teamlid, a phone number as team and personal data in status', async () => {
    const file = csv([
      'dossiernummer,teamlid,team,status',
      'D1,jan.jansen@example.nl,Beijum,lopend',
      'D2,Anouk,06-12345678,lopend',
      'D3,Anouk,Beijum,afgesloten; Jan Jansen Hoofdstraat 12 9712 AB',
      'D4,Anouk,Beijum,geboren 12-03-1984',
      'D5,Anouk,Beijum,lopend',
    ]);
    const parsed = await parseFrameFile(file, 'kader.csv');
    expect(parsed.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'teamlid'],
      [3, 'team'],
      [4, 'status'],
      [5, 'status'],
    ]);
    expect(parsed.errors[0].reason).toMatch(/^De kolom teamlid bevat hier een e-mailadres\./);
    expect(parsed.errors[1].reason).toMatch(/^De kolom team bevat hier een telefoonnummer\./);
    expect(parsed.errors[2].reason).toMatch(/een adres/);
    expect(parsed.errors[3].reason).toMatch(/een datum/);
    for (const t of TRACES) expect(JSON.stringify(parsed.errors)).not.toContain(t);
    const r = await importFrameFile(db, {
      studyId: insertStudy(db, { name: 'F', municipality: 'G', year: 2018, households: null, clients: null }, 't'),
      data: file,
      fileName: 'kader.csv',
      actor: 't',
    });
    expect(r.ok).toBe(false);
    expectNoTrace();
  });

  it('stores a warning for an unknown column without its personal-data header, and no such file name', async () => {
    const file = csv(['dossiernummer,teamlid,team,jan.jansen@example.nl', 'D1,Anouk,Beijum,x', 'D2,Anouk,Beijum,y']);
    const sid = insertStudy(db, { name: 'W', municipality: 'G', year: 2018, households: null, clients: null }, 't');
    const r = await importFrameFile(db, {
      studyId: sid,
      data: file,
      fileName: 'kader jan.jansen@example.nl.csv',
      actor: 't',
    });
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings.map((w) => w.reason)).toEqual([
      'Onbekende kolom "kolom 4 (kop verborgen: bevat een e-mailadres)" wordt genegeerd.',
    ]);
    expect(JSON.stringify(r.ok && r.parsed.mapping)).not.toContain('jansen');
    expectNoTrace();
  });

  it('still accepts ordinary team and caseworker names', async () => {
    const parsed = await parseFrameFile(
      csv([
        'dossiernummer,naam medewerker,team,status',
        'D1,A. de Vries,WIJ-team Beijum 2018,lopend',
        'D2,Gerrit,Oosterpark,afgesloten 03-2019',
      ]),
      'k.csv',
    );
    expect(parsed.errors).toEqual([]);
  });
});
