import { describe, expect, it } from 'vitest';
import { buildCompleteCaseSchema, codebookV1, defaultLists, type CaseAnswers } from '@/lib/codebook';
import {
  ACTION_CODES,
  CLASSIFICATION_TABLE,
  classifyTrajectory,
  OLD_WAY_CODES,
  tallyCase,
  WHO_CODES,
  type Action,
  type Category,
  type OldWay,
  type Who,
} from '@/lib/tally';

const lists = defaultLists;

describe('classifyTrajectory', () => {
  // domain.md §4, written out row by row (independently of CLASSIFICATION_TABLE).
  const spec: [Who, Action, OldWay, Category, boolean][] = [
    ['professional', 'ingezet', 'ja', 'prof_dw', false],
    ['professional', 'ingezet', 'nee', 'prof_extra', false],
    ['professional', 'ingezet', 'weet_niet', 'prof_dw', true],
    ...(['afgeschaald', 'beeindigd', 'niet_ingezet'] as const).flatMap(
      (a): [Who, Action, OldWay, Category, boolean][] => [
        ['professional', a, 'ja', 'meer_op_maat', false],
        ['professional', a, 'nee', 'neutraal', false],
        ['professional', a, 'weet_niet', 'neutraal', true],
      ],
    ),
    ['team', 'ingezet', 'ja', 'team', false],
    ['team', 'ingezet', 'nee', 'team', false],
    ['team', 'ingezet', 'weet_niet', 'team', false],
    ...(['eigen_kracht', 'vrijwilliger'] as const).flatMap((w): [Who, Action, OldWay, Category, boolean][] => [
      [w, 'ingezet', 'ja', 'substitutie', false],
      [w, 'ingezet', 'nee', 'informeel_aanvullend', false],
      [w, 'ingezet', 'weet_niet', 'informeel_aanvullend', true],
    ]),
    // Decision: non-professional help that was not deployed (or scaled down/ended) is neutraal.
    ...(['team', 'eigen_kracht', 'vrijwilliger'] as const).flatMap((w) =>
      (['afgeschaald', 'beeindigd', 'niet_ingezet'] as const).flatMap((a) =>
        OLD_WAY_CODES.map((o): [Who, Action, OldWay, Category, boolean] => [w, a, o, 'neutraal', false]),
      ),
    ),
  ];

  it.each(spec)('wie=%s actie=%s oud=%s → %s (flagged %s)', (who, action, old, category, flagged) => {
    expect(classifyTrajectory({ who, action, old })).toEqual({ category, flagged });
  });

  it('covers every combination exactly once', () => {
    expect(spec).toHaveLength(WHO_CODES.length * ACTION_CODES.length * OLD_WAY_CODES.length);
    for (const who of WHO_CODES) {
      for (const action of ACTION_CODES) {
        const rules = CLASSIFICATION_TABLE.filter((r) => r.who.includes(who) && r.actions.includes(action));
        expect(rules, `${who}/${action}`).toHaveLength(1);
      }
    }
  });

  it('treats a missing oud like weet_niet', () => {
    expect(classifyTrajectory({ who: 'professional', action: 'ingezet' })).toEqual({
      category: 'prof_dw',
      flagged: true,
    });
    expect(classifyTrajectory({ who: 'vrijwilliger', action: 'niet_ingezet', old: null })).toEqual({
      category: 'neutraal',
      flagged: false,
    });
  });
});

/** "Overige leefgebieden: geen probleem": every other row answered nee, explicitly. */
const explicitNo = (answered: string[]) =>
  Object.fromEntries(
    lists.lifeDomains.filter((d) => !answered.includes(d.code)).map((d) => [d.code, { aanvang: 'nee' }]),
  );

/** A typical complete case: 5 problem domains, 2 trajectories, 1 escalation row. */
const typical: CaseAnswers = {
  A1: 'gezin',
  A2: 'eenoudergezin',
  A3: 2,
  A8: 'nee',
  A9: 'ja',
  B: {
    financien: { aanvang: 'ja', nu: 'nee', toeschrijving: 'ja' }, // improved, net 1
    opvoeding: { aanvang: 'ja', nu: 'nee', toeschrijving: 'deels' }, // improved, net 0.5
    huisvesting: { aanvang: 'ja', aanvang_zrm: 2, nu: 'ja', nu_zrm: 3, toeschrijving: 'nee' }, // improved by ZRM, net 0
    geestelijke_gezondheid: { aanvang: 'ja', nu: 'ja' }, // unchanged
    sociaal_netwerk: { aanvang: 'ja', aanvang_zrm: 3, nu: 'ja', nu_zrm: 2 }, // worsened by ZRM
    werk_opleiding: { aanvang: 'nee', nu: 'ja' }, // new problem
    ...explicitNo([
      'financien',
      'opvoeding',
      'huisvesting',
      'geestelijke_gezondheid',
      'sociaal_netwerk',
      'werk_opleiding',
    ]),
  },
  B2: 'nee',
  C: [
    { type: 'individuele_begeleiding', wie: 'professional', actie: 'ingezet', oud: 'nee' },
    { type: 'maatje', wie: 'vrijwilliger', actie: 'ingezet', oud: 'ja', vervangt_type: 'dagbesteding' },
  ],
  D: {
    ...Object.fromEntries(lists.escalationTypes.map((e) => [e.code, { status: 'niet_aan_de_orde' }])),
    huisuitzetting: {
      status: 'voorkomen',
      zekerheid: 'waarschijnlijk',
      toelichting: 'Ontruimingsvonnis was al aangevraagd.',
    },
  },
  E1: 14,
  E2: 'ja',
  E3: 6,
  F1: 'Goed gesprek, huurachterstand opgelost.',
};

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('tallyCase', () => {
  it('tallies a typical case', () => {
    expect(buildCompleteCaseSchema(codebookV1, lists).safeParse(typical).success).toBe(true);
    const t = tallyCase(typical, lists);
    expect(t.categories).toEqual({
      prof_dw: 0,
      prof_extra: 1,
      team: 0,
      substitutie: 1,
      meer_op_maat: 0,
      informeel_aanvullend: 0,
      neutraal: 0,
    });
    expect(t.categoriesByType.prof_extra).toEqual({ individuele_begeleiding: 1 });
    expect(t.categoriesByType.substitutie).toEqual({ dagbesteding: 1 }); // keyed by vervangt_type
    expect(t.trajectories).toBe(2);

    const domains = Object.values(t.lifeDomains);
    expect(domains).toHaveLength(13);
    expect(sum(domains.map((d) => d.problemStart))).toBe(5);
    expect(sum(domains.map((d) => d.problemNow))).toBe(4);
    expect(sum(domains.map((d) => d.improved))).toBe(3);
    expect(sum(domains.map((d) => d.worsened))).toBe(2);
    expect(sum(domains.map((d) => d.netImprovement))).toBe(1.5);
    expect(t.lifeDomains.opvoeding).toEqual({
      problemStart: 1,
      problemNow: 0,
      improved: 1,
      worsened: 0,
      netImprovement: 0.5,
    });
    expect(t.lifeDomains.werk_opleiding).toEqual({
      problemStart: 0,
      problemNow: 1,
      improved: 0,
      worsened: 1,
      netImprovement: 0,
    });

    expect(t.escalations.huisuitzetting).toEqual({ prevented: 0.5, occurred: 0, activelyDeployed: 0 });
    expect(sum(Object.values(t.escalations).map((e) => e.prevented))).toBe(0.5);
    expect([t.newlyFound, t.foundByOutreach]).toEqual([1, 1]);
    expect([t.hoursOwn, t.hoursSecond, t.hoursTotal]).toEqual([14, 6, 20]);
    expect(t.householdType).toBe('gezin');
    expect(t.severity).toBe('meervoudig_niet_zelfredzaam');
    expect(t.flags).toEqual([]);
  });

  it('weights a probable prevented escalation by the study setting', () => {
    expect(tallyCase(typical, lists, { probableWeight: 0.3 }).escalations.huisuitzetting.prevented).toBe(0.3);
    expect(() => tallyCase(typical, lists, { probableWeight: 2 })).toThrow(RangeError);
  });

  it('counts escalation statuses', () => {
    const t = tallyCase(
      {
        D: {
          uithuisplaatsing: { status: 'opgetreden' },
          opname_ggz: { status: 'actief_ingezet' },
          opname_verpleeghuis: { status: 'uitgesteld', zekerheid: 'zeker', toelichting: 'Thuiszorg opgeschaald.' },
        },
      },
      lists,
    );
    expect(t.escalations.uithuisplaatsing).toEqual({ prevented: 0, occurred: 1, activelyDeployed: 0 });
    expect(t.escalations.opname_ggz).toEqual({ prevented: 0, occurred: 0, activelyDeployed: 1 });
    expect(t.escalations.opname_verpleeghuis.prevented).toBe(1);
    expect(t.escalations.huisuitzetting).toEqual({ prevented: 0, occurred: 0, activelyDeployed: 0 });
  });

  it('ignores answers to questions that are not asked', () => {
    const t = tallyCase({ ...typical, A8: 'ja', A9: 'ja', E2: 'nee', E3: 8 }, lists);
    expect([t.newlyFound, t.foundByOutreach, t.hoursSecond, t.hoursTotal]).toEqual([0, 0, 0, 14]);
  });

  it('honours a severity override', () => {
    expect(tallyCase({ ...typical, B3: 'top' }, lists).severity).toBe('top');
    expect(tallyCase({ ...typical, B2: undefined }, lists).severity).toBeNull();
  });

  it('flags what was counted on an assumption', () => {
    const t = tallyCase(
      {
        ...typical,
        B: { financien: { aanvang: 'ja', nu: 'nee' } },
        C: [
          { type: 'amw', wie: 'professional', actie: 'ingezet', oud: 'weet_niet' },
          { type: 'maatje', wie: 'vrijwilliger', actie: 'ingezet', oud: 'ja' },
          { type: 'jeugd_ambulant', wie: 'professional', actie: 'afgeschaald', oud: 'ja' },
          { type: 'amw' },
        ],
        D: { huisuitzetting: { status: 'voorkomen', toelichting: 'Schuldeiser wilde ontruimen.' } },
      },
      lists,
    );
    expect(t.categories).toMatchObject({ prof_dw: 1, substitutie: 1, meer_op_maat: 1 });
    expect(t.categoriesByType.substitutie).toEqual({ maatje: 1 });
    expect(t.categoriesByType.meer_op_maat).toEqual({ jeugd_ambulant: 1 });
    expect(t.trajectories).toBe(3);
    expect(t.lifeDomains.financien.netImprovement).toBe(0);
    expect(t.escalations.huisuitzetting.prevented).toBe(0.5);
    expect(
      t.flags
        .filter((f) => !/^[BD]\.[a-z_]+\.(aanvang|status)$/.test(f.path.join('.')))
        .map((f) => [f.code, f.path.join('.')]),
    ).toEqual([
      ['oud_weet_niet', 'C.0.oud'],
      ['vervangt_type_ontbreekt', 'C.1.vervangt_type'],
      ['traject_onvolledig', 'C.3'],
      ['toeschrijving_ontbreekt', 'B.financien.toeschrijving'],
      ['zekerheid_ontbreekt', 'D.huisuitzetting.zekerheid'],
      ['ontbreekt', 'C.3.wie'],
      ['ontbreekt', 'C.3.actie'],
    ]);
    // The rows this partial case left open are listed as missing, never counted as "nee".
    expect(t.flags.filter((f) => f.code === 'ontbreekt' && f.path[0] === 'B')).toHaveLength(
      lists.lifeDomains.length - 1,
    );
    expect(t.flags[0].message).toBe('Traject 1: oude werkwijze "weet niet"; geteld als prof. dead weight.');
  });

  it('tallies an empty case as zeros and flags the missing required answers', () => {
    const t = tallyCase({}, lists);
    expect(t.trajectories).toBe(0);
    expect(sum(Object.values(t.lifeDomains).map((d) => d.problemStart))).toBe(0);
    expect([t.newlyFound, t.foundByOutreach, t.hoursTotal]).toEqual([0, 0, 0]);
    expect(t.severity).toBeNull(); // unknown until every leefgebied is answered
    expect(t.flags.map((f) => f.path.join('.'))).toEqual([
      'A1',
      'A8',
      ...lists.lifeDomains.map((d) => `B.${d.code}.aanvang`),
      ...lists.escalationTypes.map((e) => `D.${e.code}.status`),
      'E1',
    ]);
  });
});

describe('stored tally form', () => {
  it('round-trips through compactTally/expandTally and is much smaller', async () => {
    const { compactTally, expandTally, tallyCase } = await import('@/lib/tally');
    const { defaultLists, codebookV1 } = await import('@/lib/codebook');
    const t = tallyCase(
      {
        A1: 'gezin',
        A8: 'ja',
        E1: 3,
        B: { ...explicitNo(['financien']), financien: { aanvang: 'ja', nu: 'nee', toeschrijving: 'ja' } },
        C: [{ type: 'amw', wie: 'professional', actie: 'ingezet', oud: 'nee' }],
        D: {
          ...Object.fromEntries(defaultLists.escalationTypes.map((e) => [e.code, { status: 'niet_aan_de_orde' }])),
          huisuitzetting: { status: 'opgetreden' },
        },
      },
      defaultLists,
      { codebook: codebookV1 },
    );
    expect(t.flags).toEqual([]); // stored tallies are of complete cases
    const stored = JSON.stringify(compactTally(t));
    expect(expandTally(JSON.parse(stored), defaultLists)).toEqual(JSON.parse(JSON.stringify(t)));
    expect(stored.length).toBeLessThan(JSON.stringify(t).length / 2);
  });
});
