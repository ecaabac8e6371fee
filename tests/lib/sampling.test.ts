import { describe, it, expect } from 'vitest';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import {
  type FrameCase,
  SAMPLING_ALGORITHM,
  canonicalFrameText,
  compareBytes,
  drawOrder,
  drawSample,
  frameSha256,
  generateSeed,
  parseSeed,
  stratumSeed,
  verifyDraw,
} from '@/lib/sampling';

const cases = (caseworker: string, team: string, dossiers: string[]): FrameCase[] =>
  dossiers.map((dossiernummer) => ({ caseworker, team, dossiernummer }));

// Golden frame. Input order is deliberately not canonical.
const FRAME: FrameCase[] = [
  ...cases('Émile', 'Noord', ['E-3', 'E-1', 'E-2']),
  ...cases('Bram IJzerman', 'Zuid', ['0012', '012', '12', '0100', '7', '070']),
  ...cases(
    'Anna de Vries',
    'Noord',
    Array.from({ length: 10 }, (_, i) => `D${String(10 - i).padStart(3, '0')}`),
  ),
];
const GOLDEN_SHA = '67af87c1fc79ae1c39585002be6679dbef4e03221e2ed499503f2e26b32b6250';

describe('byte order', () => {
  it('orders by UTF-8 bytes, not by locale', () => {
    expect(['é', 'a', 'Z'].sort(compareBytes)).toEqual(['Z', 'a', 'é']);
    expect(['12', '012', '0012'].sort(compareBytes)).toEqual(['0012', '012', '12']);
    // UTF-16 order would put the emoji (surrogates) before U+FFFF; UTF-8 puts it after.
    expect(compareBytes('\uFFFF', '😀')).toBeLessThan(0);
    expect(compareBytes('😀', '\uFFFF')).toBeGreaterThan(0);
  });

  it('equals Buffer.compare on tricky strings', () => {
    const words = [
      '',
      'a',
      'ab',
      'b',
      'é',
      'e\u0301',
      'ĳ',
      'ij',
      '\uFFFF',
      '\uE000',
      '😀',
      '😀a',
      'x\uD83D',
      'x\uDE00',
      'x😀',
      'Z',
      '0',
      '00',
    ];
    const byBuffer = [...words].sort((a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));
    expect([...words].sort(compareBytes)).toEqual(byBuffer);
    for (const a of words)
      for (const b of words) expect(Math.sign(compareBytes(a, b))).toBe(Buffer.compare(Buffer.from(a), Buffer.from(b)));
    const rng = xoroshiro128plus(99);
    const alphabet = ['a', 'Z', '0', 'é', '\uE000', '\uFFFF', '\uD83D', '\uDE00'];
    const word = (): string =>
      Array.from({ length: (rng.next() >>> 0) % 5 }, () => alphabet[(rng.next() >>> 0) % alphabet.length]).join('');
    for (let i = 0; i < 3000; i++) {
      const [a, b] = [word(), word()];
      expect(Math.sign(compareBytes(a, b))).toBe(Buffer.compare(Buffer.from(a), Buffer.from(b)));
    }
  });

  it('sorts a frame with astral characters in byte order', () => {
    const frame = [...cases('😀', 'T', ['x😀', 'x\uFFFF']), ...cases('\uFFFF', 'T', ['1'])];
    expect(canonicalFrameText(frame)).toBe('\uFFFF\tT\t1\n😀\tT\tx\uFFFF\n😀\tT\tx😀\n');
  });
});

describe('canonical frame', () => {
  const small: FrameCase[] = [
    ...cases('Ĳsbrand', 'Oost', ['0100', '010']),
    ...cases('Émile', 'Noord', ['12', '0012']),
    { caseworker: 'Bram', team: 'Zuid', dossiernummer: '007' },
  ];

  it('serialises exactly, sorted by caseworker then dossiernummer in byte order', () => {
    const text = canonicalFrameText(small);
    expect(text).toBe(
      'Bram\tZuid\t007\nÉmile\tNoord\t0012\nÉmile\tNoord\t12\nĲsbrand\tOost\t010\nĲsbrand\tOost\t0100\n',
    );
    expect(Buffer.from(text, 'utf8')[0]).toBe(0x42); // no BOM
  });

  it('hashes the canonical text (golden, checked independently)', () => {
    expect(frameSha256(FRAME)).toBe(GOLDEN_SHA);
    expect(frameSha256([...FRAME].reverse())).toBe(GOLDEN_SHA);
    const changed = FRAME.map((c) => (c.dossiernummer === '012' ? { ...c, dossiernummer: '0120' } : c));
    expect(frameSha256(changed)).not.toBe(GOLDEN_SHA);
  });

  it('keeps each case its own team in the text and picks the majority team for the stratum', () => {
    const mixed = [...cases('Kim', 'Zuid', ['3', '1']), ...cases('Kim', 'Noord', ['2', '4'])];
    expect(canonicalFrameText(mixed)).toBe('Kim\tZuid\t1\nKim\tNoord\t2\nKim\tZuid\t3\nKim\tNoord\t4\n');
    expect(drawSample({ cases: mixed, seed: 1, perCaseworker: 1, reserves: 0 }).strata[0].team).toBe('Noord'); // tie
    const more = [...mixed, { caseworker: 'Kim', team: 'Zuid', dossiernummer: '5' }];
    expect(drawSample({ cases: more, seed: 1, perCaseworker: 1, reserves: 0 }).strata[0].team).toBe('Zuid');
  });
});

describe('duplicate dossiernummers within a caseworker', () => {
  const message = (d: string) => `Dossiernummer "${d}" komt meer dan één keer voor bij teamlid "Kim".`;

  it('are refused wherever they fall in byte order: the smallest, a middle and the largest', () => {
    const frame = (extra: string) => cases('Kim', 'Noord', ['3', '1', '2', extra]);
    expect(() => frameSha256(frame('1'))).toThrow(message('1'));
    expect(() => frameSha256(frame('2'))).toThrow(message('2'));
    expect(() => frameSha256(frame('3'))).toThrow(message('3'));
    expect(() => canonicalFrameText(cases('Kim', 'Noord', ['1', '1']))).toThrow(message('1'));
  });

  it('are refused when the caseworker has dossiers in several teams', () => {
    const mixed = [...cases('Kim', 'Zuid', ['2', '1']), ...cases('Kim', 'Noord', ['1'])];
    expect(() => frameSha256(mixed)).toThrow(message('1'));
  });
});

describe('drawSample', () => {
  const options = { cases: FRAME, seed: 20240611, perCaseworker: 4, reserves: 2 };

  it('matches the golden draw (catches any algorithm or pure-rand change)', () => {
    // Expected lists were reproduced with an independent Python port of xoroshiro128+ and uniformInt.
    expect(stratumSeed(20240611, 'Anna de Vries')).toBe(4108344074);
    expect(stratumSeed(0, 'Émile')).toBe(4011970313);
    const draw = drawSample(options);
    expect(draw).toMatchObject({
      algorithm: SAMPLING_ALGORITHM,
      seed: 20240611,
      frameSha256: GOLDEN_SHA,
      perCaseworker: 4,
      reserves: 2,
    });
    expect(draw.strata).toEqual([
      {
        caseworker: 'Anna de Vries',
        team: 'Noord',
        N: 10,
        n: 4,
        reserveCount: 2,
        sample: ['D010', 'D007', 'D005', 'D004'],
        reserves: ['D008', 'D003'],
        insufficient: false,
      },
      {
        caseworker: 'Bram IJzerman',
        team: 'Zuid',
        N: 6,
        n: 4,
        reserveCount: 2,
        sample: ['12', '070', '7', '0012'],
        reserves: ['012', '0100'],
        insufficient: false,
      },
      {
        caseworker: 'Émile',
        team: 'Noord',
        N: 3,
        n: 3,
        reserveCount: 0,
        sample: ['E-2', 'E-3', 'E-1'],
        reserves: [],
        insufficient: true,
      },
    ]);
  });

  it('is reproducible for the same seed and differs for another seed', () => {
    expect(drawSample(options)).toEqual(drawSample({ ...options, cases: [...FRAME].reverse() }));
    const other = drawSample({ ...options, seed: 20240612 });
    expect(other.strata[0].sample).not.toEqual(drawSample(options).strata[0].sample);
  });

  it('puts reserves after the sample in draw order and flags N_h < n + r', () => {
    const frame = [...FRAME, ...cases('Fleur', 'Oost', ['F1', 'F2', 'F3', 'F4', 'F5'])];
    const draw = drawSample({ ...options, cases: frame });
    for (const s of draw.strata) {
      const canonical = frame
        .filter((c) => c.caseworker === s.caseworker)
        .map((c) => c.dossiernummer)
        .sort(compareBytes);
      expect([...s.sample, ...s.reserves]).toEqual(drawOrder(canonical, stratumSeed(options.seed, s.caseworker), 6));
      expect(new Set([...s.sample, ...s.reserves]).size).toBe(s.sample.length + s.reserves.length);
    }
    const fleur = draw.strata.find((s) => s.caseworker === 'Fleur')!;
    expect(fleur).toMatchObject({ N: 5, n: 4, reserveCount: 1, insufficient: true });
  });

  it('gives a selected caseworker the same draw as in the full draw', () => {
    const full = drawSample(options);
    const subset = drawSample({ ...options, caseworkers: ['Émile', 'Bram IJzerman'] });
    expect(subset.frameSha256).toBe(full.frameSha256);
    expect(subset.strata).toEqual(full.strata.filter((s) => s.caseworker !== 'Anna de Vries'));
  });

  it('rejects invalid input with Dutch messages', () => {
    expect(() => drawSample({ ...options, perCaseworker: 0 })).toThrow(
      'Het aantal dossiers per teamlid moet een geheel getal zijn tussen 1 en 50.',
    );
    expect(() => drawSample({ ...options, perCaseworker: 51 })).toThrow('tussen 1 en 50');
    expect(() => drawSample({ ...options, perCaseworker: 2.5 })).toThrow('tussen 1 en 50');
    expect(() => drawSample({ ...options, reserves: -1 })).toThrow(
      'Het aantal reservedossiers per teamlid moet een geheel getal zijn tussen 0 en 50.',
    );
    expect(() => drawSample({ ...options, reserves: 51 })).toThrow('tussen 0 en 50');
    expect(() => drawSample({ ...options, seed: 2 ** 32 })).toThrow(
      'Seed moet een geheel getal zijn tussen 0 en 4294967295.',
    );
    expect(() => drawSample({ ...options, caseworkers: ['Anna de Vries', 'Piet'] })).toThrow(
      'Teamlid "Piet" komt niet voor in het steekproefkader.',
    );
    expect(() => drawSample({ ...options, caseworkers: [] })).toThrow(
      'Kies ten minste één teamlid voor de steekproef.',
    );
    expect(() => drawSample({ ...options, cases: [] })).toThrow(
      'Het steekproefkader is leeg: er zijn geen dossiers om uit te trekken.',
    );
    expect(() => drawSample({ ...options, cases: [...FRAME, FRAME[0]] })).toThrow(
      'Dossiernummer "E-3" komt meer dan één keer voor bij teamlid "Émile".',
    );
    expect(() => frameSha256(cases('A\tB', 'Noord', ['1']))).toThrow('Teamlid "A\\tB" bevat een tab of regeleinde');
  });
});

describe('seeds', () => {
  it('parses unsigned 32-bit integers only', () => {
    expect(parseSeed(' 42 ')).toBe(42);
    expect(parseSeed('0')).toBe(0);
    expect(parseSeed('4294967295')).toBe(4294967295);
    for (const bad of ['', '-1', '4294967296', '1e3', '1.0', '0x10', 'abc', '12345678901']) {
      expect(() => parseSeed(bad)).toThrow('Seed moet een geheel getal zijn tussen 0 en 4294967295.');
    }
  });

  it('generates seeds in range', () => {
    const seeds = Array.from({ length: 50 }, generateSeed);
    for (const s of seeds) expect(Number.isInteger(s) && s >= 0 && s <= 4294967295).toBe(true);
    expect(new Set(seeds).size).toBeGreaterThan(45);
  });
});

describe('verifyDraw', () => {
  const stored = drawSample({
    cases: FRAME,
    seed: 7,
    perCaseworker: 4,
    reserves: 2,
    caseworkers: ['Anna de Vries', 'Émile'],
  });

  it('accepts an unchanged frame and draw', () => {
    expect(verifyDraw([...FRAME].reverse(), stored)).toEqual({ ok: true, problems: [] });
  });

  it('reports a changed frame, a tampered sample and an unknown algorithm', () => {
    const changed = FRAME.map((c) => (c.dossiernummer === '7' ? { ...c, dossiernummer: '8' } : c));
    const result = verifyDraw(changed, stored);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      `Frame-hash wijkt af: opgeslagen ${stored.frameSha256}, berekend ${frameSha256(changed)}.`,
    ]);
    const tampered = structuredClone(stored);
    tampered.strata[0].sample[0] = 'D999';
    expect(verifyDraw(FRAME, tampered).problems).toEqual(['Steekproef van Anna de Vries wijkt af.']);
    expect(verifyDraw(FRAME, { ...stored, algorithm: 'x' }).ok).toBe(false);
  });
});

// Pearson statistic of counts against equal expected counts.
function chiSquare(counts: number[], expected: number): number {
  return counts.reduce((sum, o) => sum + (o - expected) ** 2 / expected, 0);
}
const CHI2_999_DF19 = 43.82;
const CHI2_999_DF14 = 36.12;
const N = 20;
const n = 5;
const SEEDS = Array.from({ length: 2000 }, (_, i) => i);
const POOL = Array.from({ length: N }, (_, i) => `P${String(i).padStart(2, '0')}`);

/**
 * Inclusion statistic for seeds 0..1999. SRSWOR inclusion indicators have variance p(1-p) and
 * covariance -p(1-p)/(N-1), so Σ(O-E)²/E ≈ (1-p)·N/(N-1)·χ²(N-1); dividing by that factor
 * gives a statistic that is χ²(19) under a correct draw.
 */
function inclusionStatistic(drawOne: (seed: number) => string[]): number {
  const counts = new Array<number>(N).fill(0);
  for (const seed of SEEDS) for (const d of drawOne(seed).slice(0, n)) counts[POOL.indexOf(d)]++;
  const p = n / N;
  return chiSquare(counts, SEEDS.length * p) / ((1 - p) * (N / (N - 1)));
}

describe('statistical check (deterministic seeds 0..1999)', () => {
  const frame = cases('Teamlid', 'Noord', POOL);
  const realDraw = (seed: number): string[] => {
    const s = drawSample({ cases: frame, seed, perCaseworker: n, reserves: 1 }).strata[0];
    return [...s.sample, ...s.reserves];
  };

  it('includes every dossier equally often', () => {
    expect(inclusionStatistic(realDraw)).toBeLessThan(CHI2_999_DF19);
  });

  it('draws the first position and the first reserve uniformly', () => {
    const first = new Array<number>(N).fill(0);
    const reserveRank = new Array<number>(N - n).fill(0);
    for (const seed of SEEDS) {
      const order = realDraw(seed);
      first[POOL.indexOf(order[0])]++;
      const notSampled = POOL.filter((d) => !order.slice(0, n).includes(d));
      reserveRank[notSampled.indexOf(order[n])]++;
    }
    expect(chiSquare(first, SEEDS.length / N)).toBeLessThan(CHI2_999_DF19);
    expect(chiSquare(reserveRank, SEEDS.length / (N - n))).toBeLessThan(CHI2_999_DF14);
  });

  it('rejects a deliberately biased draw (the check can fail)', () => {
    const biasedDraw = (seed: number): string[] => {
      const a = [...POOL];
      const rng = xoroshiro128plus(stratumSeed(seed, 'Teamlid'));
      for (let i = 0; i <= n; i++) {
        const u = (rng.next() >>> 0) / 2 ** 32;
        const j = i + Math.floor(u ** 1.3 * (N - i)); // favours low positions
        [a[i], a[j]] = [a[j], a[i]];
      }
      return a.slice(0, n + 1);
    };
    expect(inclusionStatistic(biasedDraw)).toBeGreaterThan(CHI2_999_DF19);
  });
});
