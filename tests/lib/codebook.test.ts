import { describe, expect, it } from 'vitest';
import {
  buildCaseAnswersSchema,
  codebookColumns,
  codebookV1,
  defaultLists,
  deriveChange,
  deriveSeverity,
  evaluateCondition,
  isAsked,
  PARTIES,
  questionLabel,
  resolveCase,
  validateCodebook,
  valueAtPath,
  type CaseAnswers,
  type Codebook,
  type Question,
  type RowAnswers,
} from '@/lib/codebook';
import { checkCompleteness } from '@/lib/interview/completeness';
import { allRestAnswers } from '@/lib/interview/rest-answers';

const lists = defaultLists;

function question(code: string): Question {
  for (const s of codebookV1.sections) {
    const q = [...(s.table?.questions ?? []), ...(s.questions ?? [])].find((x) => x.code === code);
    if (q) return q;
  }
  throw new Error(`no question ${code}`);
}

const grid = (answers: CaseAnswers, table: string, row: string): RowAnswers =>
  ((answers[table] ?? {}) as Record<string, RowAnswers>)[row] ?? {};

describe('codebook v1 data', () => {
  it('is structurally sound: conditions refer to earlier questions, codes and keys unique', () => {
    expect(codebookV1.version).toBe('v1');
    expect(validateCodebook(codebookV1, lists)).toEqual([]);
  });

  it('has the questions of domain.md §4', () => {
    const a = codebookV1.sections.find((s) => s.id === 'A')!;
    expect(a.questions!.map((q) => q.code)).toEqual([
      'A1',
      'A2',
      'A3',
      'A4',
      'A5',
      'A6',
      'A7',
      'A8',
      'A9',
      'A10',
      'A11',
    ]);
    expect(codebookV1.sections.map((s) => s.id)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(question('E1')).toMatchObject({ kind: 'integer', min: 0, max: 500 });
    expect(question('F1')).toMatchObject({ kind: 'text', maxLength: 1000 });
  });

  it('ships the default lists with the report prices', () => {
    expect(lists.lifeDomains).toHaveLength(13);
    expect(lists.escalationTypes.map((e) => e.code)).toEqual([
      'huisuitzetting',
      'uithuisplaatsing',
      'ondertoezichtstelling',
      'opname_verpleeghuis',
      'opname_ggz',
      'ernstige_overlast',
    ]);
    const price = Object.fromEntries(lists.trajectoryTypes.map((t) => [t.code, [t.price, t.priceSource]]));
    expect(price).toMatchObject({
      armoedevoorzieningen: [300, 'rapport'],
      jeugd_ambulant: [7250, 'rapport'],
      hulp_huishouden: [2805, 'rapport'],
      wmo_wrv: [904, 'rapport'],
      individuele_begeleiding: [7589, 'rapport'],
    });
    expect(lists.trajectoryTypes.filter((t) => t.priceSource === 'rapport')).toHaveLength(5);
    const parties = new Set(PARTIES.map((p) => p.code));
    expect(lists.trajectoryTypes.every((t) => parties.has(t.payer))).toBe(true);
  });

  it('finds a condition that points at a later question', () => {
    const broken: Codebook = {
      version: 'x',
      title: 'x',
      sections: [
        {
          id: 'A',
          title: 'A',
          questions: [
            { code: 'Q1', kind: 'boolean', label: 'q1', askedWhen: { question: 'Q2', equals: true } },
            { code: 'Q2', kind: 'boolean', label: 'q2' },
          ],
        },
      ],
    };
    expect(validateCodebook(broken, lists)).toEqual(['Q1: refers to Q2, which is not an earlier question']);
  });
});

describe('conditions', () => {
  it('asks A9 only when A8 = nee', () => {
    expect(isAsked(question('A9'), { A8: 'nee' })).toBe(true);
    expect(isAsked(question('A9'), { A8: 'ja' })).toBe(false);
    expect(isAsked(question('A9'), {})).toBe(false);
  });

  it('asks toeschrijving only when the derived change is verbeterd', () => {
    const attribution = question('toeschrijving');
    const asked = (row: RowAnswers) => {
      const eff = resolveCase(codebookV1, { B: { financien: row } }, lists).effective;
      return isAsked(attribution, eff, grid(eff, 'B', 'financien'));
    };
    expect(asked({ aanvang: 'ja', nu: 'nee' })).toBe(true);
    expect(asked({ aanvang: 'ja', nu: 'ja' })).toBe(false);
    expect(asked({ aanvang: 'nee', nu: 'ja' })).toBe(false);
    expect(asked({ aanvang: 'ja', nu: 'ja', aanvang_zrm: 2, nu_zrm: 4 })).toBe(true);
    expect(asked({ aanvang: 'ja' })).toBe(false); // nu defaults to aanvang: unchanged
    const stale = resolveCase(
      codebookV1,
      { B: { financien: { aanvang: 'ja', nu: 'ja', toeschrijving: 'ja' } } },
      lists,
    );
    expect(grid(stale.answers, 'B', 'financien')).toEqual({ aanvang: 'ja', nu: 'ja' });
  });

  it('asks B2 only with at least two problems at the start', () => {
    const b2 = question('B2');
    // Every row answered: the named ones ja, the rest nee.
    const withProblems = (codes: string[]) =>
      resolveCase(
        codebookV1,
        {
          B: Object.fromEntries(
            lists.lifeDomains.map((d) => [d.code, { aanvang: codes.includes(d.code) ? 'ja' : 'nee' }]),
          ),
        },
        lists,
      ).effective;
    expect(withProblems(['financien']).B1).toBe(1);
    // A count over rows not all answered is unknown, never the count of the answered ones.
    expect(resolveCase(codebookV1, { B: { financien: { aanvang: 'ja' } } }, lists).effective.B1).toBeUndefined();
    expect(isAsked(b2, withProblems([]))).toBe(false);
    expect(isAsked(b2, withProblems(['financien']))).toBe(false);
    expect(isAsked(b2, withProblems(['financien', 'opvoeding']))).toBe(true);
  });

  it.each([
    ['professional', 'ja', false],
    ['professional', 'nee', false],
    ['team', 'ja', true],
    ['team', 'nee', false],
    ['eigen_kracht', 'ja', true],
    ['vrijwilliger', 'ja', true],
    ['vrijwilliger', 'weet_niet', false],
  ])('asks vervangt_type for wie=%s, oud=%s: %s', (wie, oud, expected) => {
    expect(isAsked(question('vervangt_type'), {}, { wie, actie: 'ingezet', oud })).toBe(expected);
  });

  it('an unanswered question is never a "no": notEquals on it is false, so what depends on it is not asked yet', () => {
    const notProfessional = { question: 'wie', notEquals: 'professional' } as const;
    for (const unanswered of [undefined, null, '']) {
      expect(evaluateCondition(notProfessional, () => unanswered)).toBe(false);
    }
    expect(evaluateCondition(notProfessional, () => 'team')).toBe(true);
    expect(evaluateCondition(notProfessional, () => 'professional')).toBe(false);
    // In the interview: oud = ja but wie still open, vervangt_type waits for wie.
    expect(isAsked(question('vervangt_type'), {}, { actie: 'ingezet', oud: 'ja' })).toBe(false);
    expect(isAsked(question('vervangt_type'), {}, { wie: '', actie: 'ingezet', oud: 'ja' })).toBe(false);
  });

  it('asks oud for every professional row and for deployed help, never for undeployed informal help', () => {
    const oud = question('oud');
    expect(isAsked(oud, {}, { wie: 'professional', actie: 'beeindigd' })).toBe(true);
    expect(isAsked(oud, {}, { wie: 'team', actie: 'ingezet' })).toBe(true);
    expect(isAsked(oud, {}, { wie: 'vrijwilliger', actie: 'afgeschaald' })).toBe(false);
    const stale = resolveCase(
      codebookV1,
      { C: [{ type: 'maatje', wie: 'vrijwilliger', actie: 'beeindigd', oud: 'ja', vervangt_type: 'amw' }] },
      lists,
    );
    expect(stale.answers.C).toEqual([{ type: 'maatje', wie: 'vrijwilliger', actie: 'beeindigd' }]);
  });

  it('words the counterfactual question by wie and actie', () => {
    const oud = question('oud');
    expect(questionLabel(oud, {}, { wie: 'professional', actie: 'ingezet' })).toBe(
      'Zou dit traject in de oude werkwijze ook zijn ingezet?',
    );
    expect(questionLabel(oud, {}, { wie: 'professional', actie: 'niet_ingezet' })).toBe(
      'Zou het in de oude werkwijze (volledig) zijn ingezet of doorgelopen?',
    );
    expect(questionLabel(oud, {}, { wie: 'eigen_kracht', actie: 'ingezet' })).toBe(
      'Zou anders een professional zijn ingezet?',
    );
  });

  it.each([
    [{ problem: true }, { problem: false }, 'verbeterd'],
    [{ problem: false }, { problem: true }, 'verslechterd'],
    [{ problem: true }, { problem: true }, 'gelijk'],
    [{ problem: false }, { problem: false }, 'gelijk'],
    [{ problem: true, score: 2 }, { problem: true, score: 3 }, 'verbeterd'],
    [{ problem: true, score: 3 }, { problem: true, score: 2 }, 'verslechterd'],
    [{ problem: true, score: 3 }, { problem: true }, 'gelijk'],
    [{ problem: true, score: 3 }, { problem: false, score: 2 }, 'verbeterd'], // the problem flag decides first
  ] as const)('deriveChange(%j, %j) = %s', (start, now, expected) => {
    expect(deriveChange(start, now)).toBe(expected);
  });

  it('derives severity, with escalation and override on top', () => {
    expect(deriveSeverity({ problemCount: 0 })).toBe('enkelvoudig');
    expect(deriveSeverity({ problemCount: 1, selfReliant: false })).toBe('enkelvoudig');
    expect(deriveSeverity({ problemCount: 2, selfReliant: true })).toBe('meervoudig_zelfredzaam');
    expect(deriveSeverity({ problemCount: 3, selfReliant: false })).toBe('meervoudig_niet_zelfredzaam');
    expect(deriveSeverity({ problemCount: 3 })).toBeUndefined();
    expect(deriveSeverity({ problemCount: 1, escalated: true })).toBe('top');
    expect(deriveSeverity({ problemCount: 3, selfReliant: true, override: 'enkelvoudig' })).toBe('enkelvoudig');
  });

  it('lets the interviewer override the derived severity', () => {
    const b = Object.fromEntries(
      lists.lifeDomains.map((d) => [d.code, { aanvang: ['financien', 'opvoeding'].includes(d.code) ? 'ja' : 'nee' }]),
    );
    expect(
      resolveCase(codebookV1, { B: { financien: { aanvang: 'ja' } }, B2: 'ja' }, lists).effective.B3,
    ).toBeUndefined();
    expect(resolveCase(codebookV1, { B: b, B2: 'ja' }, lists).effective.B3).toBe('meervoudig_zelfredzaam');
    const overridden = resolveCase(codebookV1, { B: b, B2: 'ja', B3: 'top' }, lists);
    expect(overridden.effective.B3).toBe('top');
    expect(overridden.answers.B3).toBe('top');
  });
});

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);

describe('buildCaseAnswersSchema (in progress)', () => {
  const schema = buildCaseAnswersSchema(codebookV1, lists);

  it('accepts empty and partial answers, treating "" as unanswered', () => {
    expect(schema.safeParse({}).success).toBe(true);
    const r = schema.safeParse({ A1: 'gezin', E1: '', B: { financien: { aanvang: 'ja' } }, C: [{ wie: 'team' }] });
    expect(r.success).toBe(true);
    expect(r.data?.E1).toBeNull();
  });

  it.each([
    [{ A3: 16 }, 'A3', 'Vul een geheel getal van 0 tot en met 15 in.'],
    [{ E1: -1 }, 'E1', 'Vul een geheel getal van 0 tot en met 500 in.'],
    [{ E1: 501 }, 'E1', 'Vul een geheel getal van 0 tot en met 500 in.'],
    [{ E1: 2.5 }, 'E1', 'Vul een geheel getal van 0 tot en met 500 in.'],
    [{ E1: 'veel' }, 'E1', 'Vul een geheel getal van 0 tot en met 500 in.'],
    [{ B: { financien: { nu_zrm: 6 } } }, 'B.financien.nu_zrm', 'Vul een geheel getal van 1 tot en met 5 in.'],
    [{ A11: '2018-13' }, 'A11', 'Vul een maand in als jjjj-mm, bijvoorbeeld 2018-03.'],
    [
      { A1: 'kasteel' },
      'A1',
      '"kasteel" is geen geldige keuze; kies uit: gezin (met minderjarige kinderen), oudere (hoofd huishouden 65+), overig.',
    ],
    [
      { D: { huisuitzetting: { status: 'misschien' } } },
      'D.huisuitzetting.status',
      expect.stringContaining('"misschien" is geen geldige keuze'),
    ],
    [{ C: [{ type: 'ruimtevaart' }] }, 'C.0.type', expect.stringContaining('"ruimtevaart" is geen geldige keuze')],
    [{ B: { mars: { aanvang: 'ja' } } }, 'B', 'Onbekende rij in Leefgebieden: mars.'],
    [{ A99: 'x' }, '', 'Onbekende vraag: A99.'],
    [{ B: { financien: { verandering: 'verbeterd' } } }, 'B.financien', 'Onbekende vraag: verandering.'], // derived, not answerable
    [{ F1: 'x'.repeat(1001) }, 'F1', 'Hoogstens 1000 tekens.'],
  ])('rejects %j with a Dutch message', (answers, path, message) => {
    const r = schema.safeParse(answers);
    expect(r.success).toBe(false);
    expect(issues(r)).toEqual([[path, message]]);
  });

  it('refuses personal data in the notes and escalation explanations', () => {
    const bsn = schema.safeParse({ F1: 'Cliënt met BSN 111222333 belt vaak' });
    expect(issues(bsn)).toEqual([
      ['F1', 'De tekst bevat een nummer dat op een BSN lijkt; neem geen persoonsgegevens op.'],
    ]);
    expect(schema.safeParse({ F1: 'Dossier 111222334 loopt nog' }).success).toBe(true); // fails the 11-check
    expect(issues(schema.safeParse({ F1: 'mail jan@example.nl of bel 06-12345678' })).map((i) => i[1])).toEqual([
      'De tekst bevat een e-mailadres; neem geen persoonsgegevens op.',
      'De tekst bevat een telefoonnummer; neem geen persoonsgegevens op.',
    ]);
    const d = schema.safeParse({ D: { huisuitzetting: { status: 'voorkomen', toelichting: 'bel 050-1234567' } } });
    expect(issues(d)).toEqual([
      ['D.huisuitzetting.toelichting', 'De tekst bevat een telefoonnummer; neem geen persoonsgegevens op.'],
    ]);
  });

  it('takes trajectory types and rows from the study lists', () => {
    const own = {
      ...lists,
      trajectoryTypes: [
        {
          code: 'buurtsportcoach',
          label: 'Buurtsportcoach',
          domain: 'welzijn',
          price: 100,
          priceSource: 'studie',
          payer: 'gemeente',
        } as const,
      ],
    };
    const s = buildCaseAnswersSchema(codebookV1, own);
    expect(s.safeParse({ C: [{ type: 'buurtsportcoach' }] }).success).toBe(true);
    expect(s.safeParse({ C: [{ type: 'amw' }] }).success).toBe(false);
  });
});

describe('completeness (checkCompleteness)', () => {
  const rest = (a: Record<string, unknown>) => ({
    ...a,
    ...Object.fromEntries(allRestAnswers(codebookV1, lists, a).map((r) => [r.key, r.value])),
  });
  const base = rest({ A1: 'gezin', A8: 'ja', E1: 10 });
  const keys = (entries: Record<string, unknown>) =>
    checkCompleteness({ codebook: codebookV1, lists, entries }).problems.map((p) => p.key);

  it('requires A1, A8, E1 and an explicit answer on every leefgebied and escalation row', () => {
    const empty = keys({});
    expect(empty.slice(0, 2)).toEqual(['A1', 'A8']);
    expect(empty).toEqual(
      expect.arrayContaining([
        'E1',
        ...lists.lifeDomains.map((d) => `B.${d.code}.aanvang`),
        ...lists.escalationTypes.map((e) => `D.${e.code}.status`),
      ]),
    );
    expect(empty).toHaveLength(3 + lists.lifeDomains.length + lists.escalationTypes.length);
    expect(keys(base)).toEqual([]);
  });

  it('requires A9 when A8 = nee and ignores it otherwise', () => {
    const problems = checkCompleteness({ codebook: codebookV1, lists, entries: { ...base, A8: 'nee' } }).problems;
    expect(problems).toEqual([
      {
        key: 'A9',
        kind: 'ontbreekt',
        message: 'Gevonden dankzij de outreachende werkwijze? ontbreekt.',
        short: 'Ontbreekt.',
      },
    ]);
    expect(keys({ ...base, A8: 'ja', A9: 'ja' })).toEqual([]);
  });

  it('requires the conditional questions of the tables, named by their Dutch labels', () => {
    const entries = {
      ...base,
      'B.financien.aanvang': 'ja',
      'B.financien.nu': 'nee',
      'B.opvoeding.aanvang': 'ja',
      'C.r1.type': 'maatje',
      'C.r1.wie': 'vrijwilliger',
      'C.r1.actie': 'ingezet',
      'C.r1.oud': 'ja',
      'C.r2.type': 'amw',
      'C.r2.wie': 'professional',
      'C.r2.actie': 'ingezet',
      'D.huisuitzetting.status': 'uitgesteld',
      E2: 'ja',
    };
    const problems = checkCompleteness({ codebook: codebookV1, lists, entries }).problems;
    expect(problems.map((p) => p.key)).toEqual([
      'B.financien.toeschrijving',
      'B.opvoeding.nu',
      'B2',
      'C.r1.vervangt_type',
      'C.r2.oud',
      'D.huisuitzetting.zekerheid',
      'D.huisuitzetting.toelichting',
      'E3',
    ]);
    expect(problems.map((p) => p.message)).toContain('Leefgebied Opvoeding: probleem nu / bij afsluiten ontbreekt.');
    expect(problems.map((p) => p.message)).toContain(
      'Traject 2 (Algemeen maatschappelijk werk): zou dit traject in de oude werkwijze ook zijn ingezet? ontbreekt.',
    );
    for (const p of problems) expect(p.message).not.toMatch(/\b[BCD]\.|r[0-9]|_/);
  });
});

describe('codebookColumns', () => {
  const columns = codebookColumns(codebookV1, lists);
  const names = columns.map((c) => c.name);

  it('lists one flat, unique column per answer', () => {
    expect(new Set(names).size).toBe(names.length);
    // 11 (A) + 13 × 6 (B grid) + 3 (B1–B3) + 10 × 5 (C) + 6 × 3 (D) + 4 (E) + 1 (F)
    expect(columns).toHaveLength(165);
    expect(names.slice(0, 2)).toEqual(['A1_huishoudtype', 'A2_samenstelling']);
    expect(names).toEqual(
      expect.arrayContaining([
        'B_financien_aanvang',
        'B_financien_nu',
        'B_financien_verandering',
        'B_financien_toeschrijving',
        'B1_problemen_aanvang',
        'B2_zelfredzaam',
        'B3_zwaarte',
        'C1_type',
        'C10_vervangt_type',
        'D_huisuitzetting_status',
        'E1_uren_teamlid',
        'F1_notitie',
      ]),
    );
  });

  it('carries question text, code labels and conditions for the codebook sheet', () => {
    const byName = Object.fromEntries(columns.map((c) => [c.name, c]));
    expect(byName.A1_huishoudtype.codes).toEqual({
      gezin: 'gezin (met minderjarige kinderen)',
      oudere: 'oudere (hoofd huishouden 65+)',
      overig: 'overig',
    });
    expect(byName.A9_outreachend_gevonden.askedWhen).toBe('A8 = nee');
    expect(byName.B_opvoeding_nu.label).toBe('Opvoeding – Probleem nu / bij afsluiten');
    expect(byName.C2_type.codes?.individuele_begeleiding).toBe('Individuele begeleiding');
    expect(byName.B_financien_verandering.derived).toBe(true);
  });

  it('reads values from effective answers by path and honours repeatRows', () => {
    const eff = resolveCase(
      codebookV1,
      { A1: 'oudere', C: [{ type: 'amw' }], B: { financien: { aanvang: 'ja', nu: 'nee' } } },
      lists,
    ).effective;
    const value = (name: string) => valueAtPath(eff, columns.find((c) => c.name === name)!.path);
    expect([value('A1_huishoudtype'), value('C1_type'), value('C2_type'), value('B_financien_verandering')]).toEqual([
      'oudere',
      'amw',
      undefined,
      'verbeterd',
    ]);
    expect(codebookColumns(codebookV1, lists, { repeatRows: 3 }).filter((c) => c.section === 'C')).toHaveLength(15);
  });
});

describe('adding a question is a change in one place', () => {
  const extra: Question = { code: 'A12', name: 'mantelzorger', kind: 'boolean', label: 'Is er een mantelzorger?' };
  const extended: Codebook = {
    ...codebookV1,
    sections: codebookV1.sections.map((s) => (s.id === 'A' ? { ...s, questions: [...s.questions!, extra] } : s)),
  };

  it('flows into validation, the schema and the columns', () => {
    expect(validateCodebook(extended, lists)).toEqual([]);
    const schema = buildCaseAnswersSchema(extended, lists);
    expect(schema.safeParse({ A12: true }).success).toBe(true);
    expect(issues(schema.safeParse({ A12: 'ja' }))).toEqual([['A12', 'Kies ja of nee.']]);
    expect(codebookColumns(extended, lists).map((c) => c.name)).toContain('A12_mantelzorger');
  });
});
