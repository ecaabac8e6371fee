import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  confidenceInterval,
  designLinearizer,
  designWeights,
  estimateByGroup,
  estimateMeans,
  normalQuantile,
  tQuantile,
  type Estimate,
  type Observation,
  type StratumInfo,
} from '@/lib/estimate';

// Reference values from R's survey package: tests/reference/estimate-reference.R (see README there).
interface RefEstimate {
  key: string;
  n: number;
  mean: number;
  se: number;
  df: number;
  ci: { level: number; low: number; high: number }[];
  logit?: { low: number; high: number };
  log?: { low: number; high: number };
}
interface RefDataset {
  name: string;
  strata: { stratum: string; team: string; N: number }[];
  variables: string[];
  observations: { stratum: string; huishoudtype: string; values: Record<string, number | null> }[];
  shares: Record<string, number>;
  N: number;
  stratified: RefEstimate[];
  postStratified: RefEstimate[];
  teams: { team: string; N: number; estimates: RefEstimate[] }[];
}
interface Reference {
  generatedBy: { R: string; survey: string; lonelyPsu: string };
  quantiles: { level: number; lower: number; upper: number }[];
  tQuantiles: { df: number; p: number[]; q: number[] }[];
  datasets: RefDataset[];
}

const reference: Reference = JSON.parse(
  readFileSync(fileURLToPath(new URL('../fixtures/estimate-reference.json', import.meta.url)), 'utf8'),
);

const REL_TOL = 1e-9;
const ABS_TOL_ZERO = 1e-15;

/** Relative difference, absolute when the reference is exactly zero. */
function closeness(actual: number | null | undefined, expected: number): number {
  if (actual === null || actual === undefined || !Number.isFinite(actual)) return Infinity;
  return expected === 0 ? Math.abs(actual) / ABS_TOL_ZERO : Math.abs(actual - expected) / Math.abs(expected);
}

function expectClose(actual: number | null | undefined, expected: number, label: string): void {
  const d = closeness(actual, expected);
  const bound = expected === 0 ? 1 : REL_TOL;
  expect(d, `${label}: got ${actual}, R gives ${expected}`).toBeLessThanOrEqual(bound);
}

/** Compares every mean, SE and CI bound (at `level`) with R. */
function expectAgreement(actual: Estimate[], expected: RefEstimate[], label: string, level = 0.95): void {
  expect(actual.map((e) => e.key)).toEqual(expected.map((e) => e.key));
  expected.forEach((ref, i) => {
    const e = actual[i];
    const ci = ref.ci.find((c) => Math.abs(c.level - level) < 1e-12)!;
    expect(e.n, `${label} ${ref.key} n`).toBe(ref.n);
    expect(e.df, `${label} ${ref.key} df`).toBe(ref.df);
    expect(e.interval).toBe('t');
    expectClose(e.mean, ref.mean, `${label} ${ref.key} mean`);
    expectClose(e.se, ref.se, `${label} ${ref.key} se`);
    expectClose(e.ciLow, ci.low, `${label} ${ref.key} ciLow@${level}`);
    expectClose(e.ciHigh, ci.high, `${label} ${ref.key} ciHigh@${level}`);
  });
}

const strataOf = (d: RefDataset): StratumInfo[] => d.strata.map(({ stratum, N }) => ({ stratum, N }));
const observationsOf = (d: RefDataset): Observation[] =>
  d.observations.map((o) => ({ stratum: o.stratum, values: o.values, categories: { huishoudtype: o.huishoudtype } }));
const dataset = (name: string): RefDataset => reference.datasets.find((d) => d.name === name)!;

describe('reference file', () => {
  it('records how it was made', () => {
    expect(reference.generatedBy.R).toMatch(/^R version \d/);
    expect(reference.generatedBy.survey).toMatch(/^\d+\.\d+/);
    expect(reference.generatedBy.lonelyPsu).toBe('remove');
    expect(reference.datasets.map((d) => d.name)).toEqual(['basis', 'groot', 'randgevallen']);
  });
});

describe('normalQuantile', () => {
  it('matches R qt(a, df = Inf) as used by confint', () => {
    for (const q of reference.quantiles) {
      const a = (1 - q.level) / 2;
      expectClose(normalQuantile(a), q.lower, `q(${a})`);
      expectClose(normalQuantile(1 - a), q.upper, `q(${1 - a})`);
    }
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 15);
  });

  it('matches R qnorm in the centre, the tails and the far tails (the three branches of AS 241)', () => {
    // R 4: options(digits = 17); qnorm(c(0.3, 0.001, 0.999, 1e-12, 1 - 1e-12))
    expectClose(normalQuantile(0.3), -0.52440051270804067, 'qnorm(0.3)');
    expectClose(normalQuantile(0.001), -3.09023230616781319, 'qnorm(0.001)');
    expectClose(normalQuantile(0.999), 3.09023230616781319, 'qnorm(0.999)');
    expectClose(normalQuantile(1e-12), -7.03448382530113214, 'qnorm(1e-12)');
    expectClose(normalQuantile(1 - 1e-12), 7.03448691004783555, 'qnorm(1 - 1e-12)');
    expect([normalQuantile(0), normalQuantile(1)]).toEqual([-Infinity, Infinity]);
    expect([normalQuantile(-0.1), normalQuantile(1.1), normalQuantile(NaN)]).toEqual([NaN, NaN, NaN]);
  });
});

describe('tQuantile', () => {
  it('matches R qt(p, df) for the design degrees of freedom', () => {
    for (const t of reference.tQuantiles) {
      t.p.forEach((p, i) => {
        expectClose(tQuantile(p, t.df), t.q[i], `qt(${p}, ${t.df})`);
        expectClose(tQuantile(1 - p, t.df), -t.q[i], `qt(${1 - p}, ${t.df})`);
      });
    }
    expect(tQuantile(0.975, Infinity)).toBe(normalQuantile(0.975));
    expect(tQuantile(0.975, 0)).toBeNaN();
  });

  it('has exact forms for df = 1 and 2, and the limits of p', () => {
    // R: qt(c(0.975, 0.9, 0.1), 1); qt(c(0.975, 0.9), 2); qt(0.999999, 3)
    expectClose(tQuantile(0.975, 1), 12.7062047361746941, 'qt(0.975, 1)');
    expectClose(tQuantile(0.1, 1), -3.077683537175254, 'qt(0.1, 1)');
    expectClose(tQuantile(0.975, 2), 4.3026527297494619, 'qt(0.975, 2)');
    expectClose(tQuantile(0.9, 2), 1.8856180831641269, 'qt(0.9, 2)');
    expectClose(tQuantile(0.999999, 3), 103.29946777942895, 'qt(0.999999, 3)');
    expect(tQuantile(0.5, 7)).toBe(0);
    expect([tQuantile(0, 7), tQuantile(1, 7)]).toEqual([-Infinity, Infinity]);
    expect([tQuantile(1.5, 7), tQuantile(-1, 7), tQuantile(0.9, NaN)]).toEqual([NaN, NaN, NaN]);
  });
});

describe('confidenceInterval at the edges of the range', () => {
  it('log and logit intervals of an estimate on the boundary have width 0; no quantile, no interval', () => {
    expect(confidenceInterval('log', 0, 0, 2)).toEqual({ low: 0, high: 0 });
    expect(confidenceInterval('logit', 0, 0, 2)).toEqual({ low: 0, high: 0 });
    expect(confidenceInterval('logit', 1, 0, 2)).toEqual({ low: 1, high: 1 });
    expect(confidenceInterval('t', 1, 0.5, Infinity)).toBeNull();
    expect(confidenceInterval('t', 1, 0.5, NaN)).toBeNull();
  });

  it('log: ȳ · exp(± q·se/ȳ); logit: symmetric on the logit scale; t: ȳ ± q·se', () => {
    const log = confidenceInterval('log', 2, 0.5, 2)!;
    expect(log.low).toBeCloseTo(2 / Math.exp(0.5), 14);
    expect(log.high).toBeCloseTo(2 * Math.exp(0.5), 14);
    const logit = confidenceInterval('logit', 0.2, 0.04, 2)!;
    const l = (x: number) => Math.log(x / (1 - x));
    expect(l(logit.low) + l(logit.high)).toBeCloseTo(2 * l(0.2), 12);
    expect(l(logit.high) - l(0.2)).toBeCloseTo((2 * 0.04) / (0.2 * 0.8), 12);
    expect(confidenceInterval('t', -1, 0.5, 2)).toEqual({ low: -2, high: 0 });
    // A negative mean has no log interval; a share outside [0, 1] no logit one: both fall back to t.
    expect(confidenceInterval('log', -1, 0.5, 2)).toEqual({ low: -2, high: 0 });
    expect(confidenceInterval('logit', 1.5, 0.5, 2)).toEqual({ low: 0.5, high: 2.5 });
  });
});

describe.each(reference.datasets.map((d) => [d.name, d] as const))('agreement with R survey: %s', (_, d) => {
  const strata = strataOf(d);
  const obs = observationsOf(d);

  it.each([0.95, 0.9, 0.99])('stratified design, confidence %s', (level) => {
    const result = estimateMeans(strata, obs, d.variables, { confidence: level });
    expect(result.N).toBe(d.N);
    expectAgreement(result.estimates, d.stratified, 'stratified', level);
  });

  it('interval kinds: svyciprop logit for the share, the log scale for non-negative means', () => {
    const kind = (key: string): 'logit' | 'log' => (key === 'extra' ? 'logit' : 'log');
    const result = estimateMeans(strata, obs, d.variables, { intervalKind: kind });
    d.stratified.forEach((ref, i) => {
      const e = result.estimates[i];
      const expected = ref.key === 'extra' ? ref.logit! : ref.log;
      expect(e.interval).toBe(kind(ref.key));
      if (!expected) return; // a mean of 0 has no log interval in the reference
      expectClose(e.ciLow, expected.low, `${ref.key} ${e.interval} low`);
      expectClose(e.ciHigh, expected.high, `${ref.key} ${e.interval} high`);
    });
  });

  it('post-stratified on huishoudtype', () => {
    const result = estimateMeans(strata, obs, d.variables, {
      postStratify: { variable: 'huishoudtype', shares: d.shares },
    });
    expect(result.postStrata).not.toBeNull();
    expectAgreement(result.estimates, d.postStratified, 'postStratified');
  });

  it('per team, each team its own population', () => {
    const teamOf = new Map(d.strata.map((s) => [s.stratum, s.team]));
    const groups = estimateByGroup(strata, obs, d.variables, (s) => teamOf.get(s) ?? null);
    expect(groups.map((g) => g.group)).toEqual(d.teams.map((t) => t.team));
    d.teams.forEach((t, i) => {
      expect(groups[i].result.N).toBe(t.N);
      expectAgreement(groups[i].result.estimates, t.estimates, `team ${t.team}`);
    });
  });
});

describe('designWeights and the textbook formula (domain.md §6)', () => {
  const d = dataset('basis');
  const strata = strataOf(d);
  const obs = observationsOf(d);

  it('w_h = N_h / n_h for strata with observations only', () => {
    const w = designWeights(strata, obs);
    expect([...w.keys()]).toEqual(['cw01', 'cw02', 'cw03', 'cw04', 'cw05', 'cw06']); // cw07 has no cases
    expect(w.get('cw01')).toBe(40);
    expect(w.get('cw03')).toBe(160 / 12);
    expect(w.get('cw04')).toBe(1);
    const result = estimateMeans(strata, obs, []);
    expect(result.N).toBe(456); // 40 + 75 + 160 + 6 + 120 + 55; cw07 (90) does not participate
    expect(result.strata.find((s) => s.stratum === 'cw07')).toEqual({ stratum: 'cw07', N: 90, n: 0, weight: null });
    expect(result.warnings).toContain('Teamlid cw07 heeft geen bruikbare dossiers en telt niet mee (N_h = 90).');
  });

  it('equals Σ (N_h/N) ȳ_h and Σ (N_h/N)² (1 − n_h/N_h) s_h²/n_h', () => {
    const result = estimateMeans(strata, obs, ['aantal', 'uren']);
    for (const key of ['aantal', 'uren']) {
      let mean = 0;
      let v = 0;
      for (const s of strata) {
        const ys = obs.filter((o) => o.stratum === s.stratum).map((o) => o.values[key] as number);
        if (ys.length === 0) continue;
        const share = s.N / result.N;
        const m = ys.reduce((a, b) => a + b, 0) / ys.length;
        mean += share * m;
        if (ys.length < 2) continue; // lonely stratum: no variance estimate
        const s2 = ys.reduce((a, y) => a + (y - m) ** 2, 0) / (ys.length - 1);
        v += share ** 2 * (1 - ys.length / s.N) * (s2 / ys.length);
      }
      const e = result.estimates.find((x) => x.key === key)!;
      expectClose(e.mean, mean, `${key} mean`);
      expectClose(e.se, Math.sqrt(v), `${key} se`);
    }
  });

  it('a census stratum (n_h = N_h) has no variance, a fully census design has SE 0', () => {
    const census = [
      { stratum: 'a', N: 2 },
      { stratum: 'b', N: 3 },
    ];
    const o = (stratum: string, x: number): Observation => ({ stratum, values: { x } });
    const result = estimateMeans(census, [o('a', 1), o('a', 3), o('b', 0), o('b', 1), o('b', 5)], ['x']);
    expect(result.estimates[0].mean).toBeCloseTo((1 + 3 + 0 + 1 + 5) / 5, 14);
    expect(result.estimates[0].se).toBe(0);
  });
});

describe('flags and Dutch warnings', () => {
  it('n_h = 1: counts in the mean, not in the variance, and says so', () => {
    const result = estimateMeans(strataOf(dataset('basis')), observationsOf(dataset('basis')), ['aantal']);
    expect(result.estimates[0].flags).toContain('lonely-stratum');
    expect(result.warnings.some((w) => w.startsWith('Teamlid cw01 heeft n_h = 1: geen variantieschatting'))).toBe(true);
  });

  it('only strata with n_h = 1: no SE at all', () => {
    const strata = [
      { stratum: 'a', N: 10 },
      { stratum: 'b', N: 20 },
    ];
    const result = estimateMeans(
      strata,
      [
        { stratum: 'a', values: { x: 1 } },
        { stratum: 'b', values: { x: 4 } },
      ],
      ['x'],
    );
    const e = result.estimates[0];
    expect(e.mean).toBe(3);
    expect([e.se, e.ciLow, e.ciHigh]).toEqual([null, null, null]);
    expect(e.flags).toEqual(['few-cases', 'lonely-stratum', 'no-variance']);
    expect(result.warnings).toContain(
      'x: geen variantieschatting mogelijk: elk meetellend teamlid heeft maar één bruikbaar dossier (n = 2).',
    );
  });

  it('fewer than 5 cases and no cases are flagged', () => {
    const d = dataset('randgevallen');
    const result = estimateMeans(strataOf(d), observationsOf(d), ['uren_tweede', 'bestaat_niet']);
    expect(result.estimates[0].flags).toContain('few-cases');
    expect(result.warnings).toContain('uren_tweede: minder dan 5 dossiers: schatting is onzeker (n = 3).');
    expect(result.estimates[1]).toMatchObject({ mean: null, se: null, n: 0, flags: ['no-data'] });
  });

  it('the few-cases flag starts below 5: exactly 5 cases is not flagged, 4 is', () => {
    const strata = [{ stratum: 'a', N: 20 }];
    const cases = (n: number) => Array.from({ length: n }, (_, i): Observation => ({ stratum: 'a', values: { x: i } }));
    const five = estimateMeans(strata, cases(5), ['x']);
    expect(five.estimates[0].flags).toEqual([]);
    expect(five.warnings).toEqual([]);
    const four = estimateMeans(strata, cases(4), ['x']);
    expect(four.estimates[0].flags).toEqual(['few-cases']);
    expect(four.warnings).toContain('x: minder dan 5 dossiers: schatting is onzeker (n = 4).');
  });

  it('a lonely stratum among census strata: no variance, not SE 0', () => {
    // a and b are censuses (n_h = N_h, no sampling variance); c has n_h = 1 of N_h = 10 and cannot estimate its own.
    const strata = [
      { stratum: 'a', N: 2 },
      { stratum: 'b', N: 3 },
      { stratum: 'c', N: 10 },
    ];
    const o = (stratum: string, x: number): Observation => ({ stratum, values: { x } });
    const result = estimateMeans(strata, [o('a', 1), o('a', 3), o('b', 0), o('b', 1), o('b', 5), o('c', 7)], ['x']);
    const e = result.estimates[0];
    expect(e.mean).toBeCloseTo((1 + 3 + 0 + 1 + 5 + 7 * 10) / 15, 14);
    expect([e.se, e.ciLow, e.ciHigh]).toEqual([null, null, null]);
    expect(e.flags).toEqual(['lonely-stratum', 'no-variance']);
    // One sampled stratum beside the census ones does carry variance: an SE, no flag.
    const sampled = estimateMeans(
      strata,
      [o('a', 1), o('a', 3), o('b', 0), o('b', 1), o('b', 5), o('c', 7), o('c', 2)],
      ['x'],
    );
    expect(sampled.estimates[0].flags).toEqual([]);
    expect(sampled.estimates[0].se).toBeGreaterThan(0);
  });

  it('totals are mean × caseload households', () => {
    const d = dataset('groot');
    const result = estimateMeans(strataOf(d), observationsOf(d), ['extra'], { populationTotal: 1200 });
    const e = result.estimates[0];
    expect(e.total).toBe(e.mean! * 1200);
    expect(e.totalSe).toBe(e.se! * 1200);
    expect([e.totalCiLow, e.totalCiHigh]).toEqual([e.ciLow! * 1200, e.ciHigh! * 1200]);
  });
});

describe('post-stratification', () => {
  const d = dataset('randgevallen');
  const strata = strataOf(d);
  const obs = observationsOf(d);
  const spec = { variable: 'huishoudtype', shares: d.shares };

  it('weighted class shares become the population shares; only proportions matter', () => {
    const result = estimateMeans(strata, obs, d.variables, { postStratify: spec });
    for (const p of result.postStrata!) {
      expect(p.populationShare).toBeCloseTo(d.shares[p.category], 15);
      expectClose(p.g * p.sampleShare, p.populationShare, `g ${p.category}`);
    }
    const percent = Object.fromEntries(Object.entries(d.shares).map(([k, v]) => [k, v * 100]));
    const scaled = estimateMeans(strata, obs, d.variables, { postStratify: { ...spec, shares: percent } });
    expectAgreement(scaled.estimates, d.postStratified, 'shares in percent');
    // Percentages are normalised: the reported population share is a proportion, as for shares given as fractions.
    expect(scaled.postStrata!.map((p) => p.category)).toEqual(result.postStrata!.map((p) => p.category));
    scaled.postStrata!.forEach((p, k) => {
      expect(p.populationShare).toBeCloseTo(result.postStrata![k].populationShare, 15);
      expect(p.g).toBeCloseTo(result.postStrata![k].g, 12);
    });
    expect(scaled.postStrata!.reduce((sum, p) => sum + p.populationShare, 0)).toBeCloseTo(1, 15);
    expect(result.warnings).toContain(
      'Nawegen op huishoudtype: klasse "oudere" heeft maar 2 dossier(s); de nawegingsfactor is onzeker.',
    );
  });

  it('a class is uncertain below 5 cases: 5 cases give no warning, 4 do', () => {
    const strata = [{ stratum: 'a', N: 40 }];
    const cases = (gezin: number, overig: number): Observation[] =>
      [...Array<string>(gezin).fill('gezin'), ...Array<string>(overig).fill('overig')].map((huishoudtype, i) => ({
        stratum: 'a',
        values: { x: i },
        categories: { huishoudtype },
      }));
    const ps = { postStratify: { variable: 'huishoudtype', shares: { gezin: 0.5, overig: 0.5 } } };
    expect(estimateMeans(strata, cases(5, 6), ['x'], ps).warnings).toEqual([]);
    expect(estimateMeans(strata, cases(4, 6), ['x'], ps).warnings).toEqual([
      'Nawegen op huishoudtype: klasse "gezin" heeft maar 4 dossier(s); de nawegingsfactor is onzeker.',
    ]);
  });

  it('falls back to the plain design with a warning when a class has no cases', () => {
    const result = estimateMeans(strata, obs, d.variables, {
      postStratify: { variable: 'huishoudtype', shares: { ...d.shares, alleenstaand: 0.2 } },
    });
    expect(result.postStrata).toBeNull();
    expect(result.warnings).toContain(
      'Nawegen op huishoudtype is niet gedaan: "alleenstaand" heeft een populatieaandeel maar geen dossiers in de steekproef.',
    );
    expectAgreement(result.estimates, d.stratified, 'fallback');
  });

  it('falls back when a case has no class or a class has no population share', () => {
    const missing = obs.map((o, i) => (i === 0 ? { ...o, categories: {} } : o));
    expect(estimateMeans(strata, missing, ['uren'], { postStratify: spec }).warnings).toContain(
      'Nawegen op huishoudtype is niet gedaan: 1 dossier(s) zonder huishoudtype.',
    );
    const zero = estimateMeans(strata, obs, ['uren'], {
      postStratify: { ...spec, shares: { ...d.shares, overig: 0 } },
    });
    expect(zero.postStrata).toBeNull();
    expect(zero.warnings).toContain(
      'Nawegen op huishoudtype is niet gedaan: "overig" komt in de steekproef voor maar heeft geen populatieaandeel.',
    );
  });
});

describe('estimateByGroup and input checks', () => {
  it('skips strata without a group', () => {
    const d = dataset('groot');
    const groups = estimateByGroup(strataOf(d), observationsOf(d), ['uren'], (s) => (s === 'tl01' ? null : 'rest'));
    expect(groups).toHaveLength(1);
    expect(groups[0].result.N).toBe(d.N - 40);
  });

  it('rejects data that cannot come from a frame and a sample', () => {
    const strata = [{ stratum: 'a', N: 2 }];
    const o: Observation = { stratum: 'a', values: { x: 1 } };
    expect(() => estimateMeans(strata, [{ ...o, stratum: 'b' }], ['x'])).toThrow('niet in de strata');
    expect(() => estimateMeans(strata, [o, o, o], ['x'])).toThrow('meer dan N_h = 2');
    expect(() => estimateMeans([...strata, ...strata], [o], ['x'])).toThrow('dubbel');
    expect(() => estimateMeans([{ stratum: 'a', N: 0 }], [], ['x'])).toThrow('N_h');
    expect(() => estimateMeans(strata, [o], ['x'], { confidence: 95 })).toThrow('Betrouwbaarheid');
    expect(() => estimateByGroup(strata, [{ ...o, stratum: 'b' }], ['x'], () => 'g')).toThrow('niet in de strata');
    expect(() => estimateMeans(strata, [o], ['x'], { populationTotal: -1 })).toThrow(
      'Aantal huishoudens in de caseload moet een getal ≥ 0 zijn (gekregen: -1).',
    );
    expect(() => estimateMeans(strata, [o], ['x'], { populationTotal: NaN })).toThrow('gekregen: NaN');
    expect(estimateMeans(strata, [o], ['x'], { populationTotal: 0 }).estimates[0].total).toBe(0);
  });

  it('refuses population shares that are negative, not numbers, or all zero', () => {
    const strata = [{ stratum: 'a', N: 4 }];
    const obs: Observation[] = [
      { stratum: 'a', values: { x: 1 }, categories: { h: 'gezin' } },
      { stratum: 'a', values: { x: 2 }, categories: { h: 'gezin' } },
    ];
    const ps = (shares: Record<string, number>) => ({ postStratify: { variable: 'h', shares } });
    expect(() => estimateMeans(strata, obs, ['x'], ps({ gezin: -0.1, overig: 1 }))).toThrow(
      'Nawegen op h: populatieaandelen moeten getallen ≥ 0 zijn.',
    );
    expect(() => estimateMeans(strata, obs, ['x'], ps({ gezin: NaN }))).toThrow('getallen ≥ 0');
    expect(() => estimateMeans(strata, obs, ['x'], ps({ gezin: Infinity }))).toThrow('getallen ≥ 0');
    expect(() => estimateMeans(strata, obs, ['x'], ps({ gezin: 0, overig: 0 }))).toThrow(
      'Nawegen op h: de populatieaandelen tellen op tot 0.',
    );
    expect(estimateMeans(strata, obs, ['x'], ps({ gezin: 1, overig: 0 })).postStrata).toHaveLength(1);
  });

  it('a stratum of one dossier that is drawn is a census, not a lonely stratum', () => {
    const result = estimateMeans(
      [
        { stratum: 'a', N: 1 },
        { stratum: 'b', N: 3 },
      ],
      [
        { stratum: 'a', values: { x: 5 } },
        { stratum: 'b', values: { x: 1 } },
        { stratum: 'b', values: { x: 2 } },
      ],
      ['x'],
    );
    expect(result.warnings.filter((w) => w.includes('n_h = 1'))).toEqual([]);
    expect(result.estimates[0].flags).toEqual(['few-cases']);
    const lonely = estimateMeans(
      [
        { stratum: 'a', N: 2 },
        { stratum: 'b', N: 3 },
      ],
      [
        { stratum: 'a', values: { x: 5 } },
        { stratum: 'b', values: { x: 1 } },
        { stratum: 'b', values: { x: 2 } },
      ],
      ['x'],
    );
    expect(lonely.warnings).toContain(
      'Teamlid a heeft n_h = 1: geen variantieschatting voor dit teamlid; het telt mee in het gemiddelde, maar niet in de standaardfout (die is daardoor iets te klein).',
    );
  });
});

describe('designLinearizer', () => {
  it('the covariance of the means has the variances of estimateMeans on its diagonal, for strata of 2 and more', () => {
    // a: n_h = 2 of 5, b: n_h = 3 of 9, c: a census (no variance), d: n_h = 1 (lonely, no variance).
    const strata = [
      { stratum: 'a', N: 5 },
      { stratum: 'b', N: 9 },
      { stratum: 'c', N: 2 },
      { stratum: 'd', N: 4 },
    ];
    const data: [string, number, number][] = [
      ['a', 1, 0],
      ['a', 4, 1],
      ['b', 2, 1],
      ['b', 7, 0],
      ['b', 3, 1],
      ['c', 5, 0],
      ['c', 9, 1],
      ['d', 6, 1],
    ];
    const obs: Observation[] = data.map(([stratum, x, y]) => ({ stratum, values: { x, y } }));
    const columns = { x: Float64Array.from(data, (d) => d[1]), y: Float64Array.from(data, (d) => d[2]) };
    const lin = designLinearizer({ strata, obs, columns });
    const direct = estimateMeans(strata, obs, ['x', 'y']).estimates;
    const cov = lin.covariance([columns.x, columns.y]);
    expect(cov[0][0]).toBeCloseTo(direct[0].se! ** 2, 12);
    expect(cov[1][1]).toBeCloseTo(direct[1].se! ** 2, 12);
    expect(cov[0][1]).toBe(cov[1][0]);
    // Var(x + y) = Var x + Var y + 2 Cov(x, y): the off-diagonal is the covariance, not 0.
    const sum = lin.mean(Float64Array.from(data, (d) => d[1] + d[2]));
    expect(sum.se ** 2).toBeCloseTo(cov[0][0] + cov[1][1] + 2 * cov[0][1], 12);
    expect(cov[0][1]).not.toBeCloseTo(0, 6);
    expect([lin.n, lin.df, lin.hasVariance]).toEqual([8, 4, true]);
    // Only a census and a lonely stratum: no variance at all.
    const none = data.filter(([stratum]) => stratum === 'c' || stratum === 'd');
    const noVar = designLinearizer({
      strata: strata.slice(2),
      obs: none.map(([stratum, x]) => ({ stratum, values: { x } })),
      columns: { x: Float64Array.from(none, (d) => d[1]) },
    });
    expect(noVar.hasVariance).toBe(false);
  });
});
