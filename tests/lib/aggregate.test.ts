import { describe, expect, it } from 'vitest';
import { aggregate, caseInputs, caseInputVector, inputKeys, inputLayout, sampleComposition } from '@/lib/aggregate';
import { codebookV1, defaultLists } from '@/lib/codebook';
import { tallyCase } from '@/lib/tally';

const typical = tallyCase(
  {
    A1: 'gezin',
    A8: 'nee',
    A9: 'ja',
    E1: 14,
    E2: 'ja',
    E3: 6,
    B: { financien: { aanvang: 'ja', nu: 'nee', toeschrijving: 'deels' }, opvoeding: { aanvang: 'ja', nu: 'ja' } },
    C: [
      { type: 'individuele_begeleiding', wie: 'professional', actie: 'ingezet', oud: 'nee' },
      { type: 'eigen_netwerk', wie: 'eigen_kracht', actie: 'ingezet', oud: 'ja', vervangt_type: 'hulp_huishouden' },
      { type: 'amw', wie: 'professional', actie: 'ingezet', oud: 'ja' },
    ],
    D: { huisuitzetting: { status: 'voorkomen', zekerheid: 'waarschijnlijk', toelichting: 'huur' } },
  },
  defaultLists,
  { codebook: codebookV1 },
);

describe('MKBA input values per case', () => {
  it('has the issue #6 keys', () => {
    const keys = inputKeys(defaultLists);
    expect(keys.slice(0, 15)).toEqual([
      'trajecten_per_hh',
      'prof_dw_per_hh',
      'prof_extra_per_hh',
      'team_per_hh',
      'substitutie_per_hh',
      'meer_op_maat_per_hh',
      'informeel_aanvullend_per_hh',
      'share_hh_extra',
      'share_hh_substitutie',
      'newly_found_share',
      'outreach_share',
      'hours_own_per_hh',
      'hours_total_per_hh',
      'prevented_escalation_per_hh',
      'problem_start.financien',
    ]);
    expect(keys).toContain('prevented.huisuitzetting');
    expect(keys).toContain('substitutie.hulp_huishouden');
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('computes a typical case', () => {
    const v = caseInputs(typical, defaultLists);
    expect(v).toMatchObject({
      trajecten_per_hh: 3,
      prof_dw_per_hh: 1,
      prof_extra_per_hh: 1,
      substitutie_per_hh: 1,
      share_hh_extra: 1,
      share_hh_substitutie: 1,
      newly_found_share: 1,
      outreach_share: 1,
      hours_own_per_hh: 14,
      hours_total_per_hh: 20,
      prevented_escalation_per_hh: 0.5,
      'problem_start.financien': 1,
      'improved.financien': 1,
      'net_improved.financien': 0.5,
      'problem_now.opvoeding': 1,
      'prevented.huisuitzetting': 0.5,
      'substitutie.hulp_huishouden': 1,
      'prof_extra.individuele_begeleiding': 1,
      'prof_dw.amw': 1,
    });
  });

  it('the fast vector equals the keyed values, key by key', () => {
    const keyed = caseInputs(typical, defaultLists);
    const vector = caseInputVector(typical, defaultLists);
    inputLayout(defaultLists).keys.forEach((k, i) => expect([k, vector[i]]).toEqual([k, keyed[k]]));
  });

  it('aggregates with weights N_h/n_h and weighted composition', () => {
    const empty = tallyCase({ A1: 'oudere', A8: 'ja', E1: 2 }, defaultLists, { codebook: codebookV1 });
    const strata = [
      { caseworker: 'a', team: 'T', N: 30 },
      { caseworker: 'b', team: 'T', N: 10 },
    ];
    const cases = [
      { caseworker: 'a', tally: typical },
      { caseworker: 'b', tally: empty },
    ];
    const r = aggregate(strata, cases, defaultLists, { households: 100 });
    const t = r.inputs.find((i) => i.key === 'trajecten_per_hh')!;
    expect(t.mean).toBeCloseTo(0.75 * 3, 12);
    expect(t.total).toBeCloseTo(225, 9);
    expect(t.flags).toContain('few-cases');
    const comp = sampleComposition(strata, cases);
    expect(comp.map((c) => [c.householdType, c.n, c.weightedShare])).toEqual([
      ['gezin', 1, 0.75],
      ['oudere', 1, 0.25],
    ]);
  });
});
