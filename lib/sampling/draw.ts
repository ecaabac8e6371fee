import { createHash, randomInt } from 'node:crypto';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { type FrameCase, type FrameGroup, groupFrame, hashGroups } from './canonical-frame';

/**
 * Identifies the exact draw procedure; stored with every draw. Change it (new suffix) whenever
 * anything below or the pure-rand behaviour changes, so old certificates stay verifiable.
 */
export const SAMPLING_ALGORITHM = 'srswor-fisher-yates-xoroshiro128plus-v1';
export const MAX_SEED = 4294967295;
export const MAX_PER_CASEWORKER = 50;
export const MAX_RESERVES = 50;

/** One caseworker's draw: sample first, then the ordered reserve list. */
export type Stratum = {
  caseworker: string;
  team: string;
  /** N_h: number of frame cases of this caseworker. */
  N: number;
  /** n_h: sample size actually drawn, min(perCaseworker, N). */
  n: number;
  reserveCount: number;
  sample: string[];
  reserves: string[];
  /** True when N_h < perCaseworker + reserves: every case was taken. */
  insufficient: boolean;
};

export type SampleDraw = {
  algorithm: string;
  seed: number;
  /** SHA-256 of the canonical text of the FULL frame, not only the selected caseworkers. */
  frameSha256: string;
  perCaseworker: number;
  reserves: number;
  /** Sorted by caseworker in UTF-8 byte order. */
  strata: Stratum[];
};

export type DrawOptions = {
  cases: readonly FrameCase[];
  seed: number;
  perCaseworker: number;
  reserves: number;
  /** Caseworkers taking part; all caseworkers of the frame when omitted. */
  caseworkers?: readonly string[];
};

const SEED_ERROR = `Seed moet een geheel getal zijn tussen 0 en ${MAX_SEED}.`;

const isSeed = (v: number): boolean => Number.isInteger(v) && v >= 0 && v <= MAX_SEED;

/**
 * Parses a seed typed by a user (decimal digits, surrounding spaces allowed). Why: the seed is
 * part of the certificate, so only plain unsigned 32-bit integers are accepted; no signs,
 * decimals or exponents that could be read differently elsewhere.
 */
export function parseSeed(input: string): number {
  const text = input.trim();
  if (!/^[0-9]{1,10}$/.test(text)) throw new Error(SEED_ERROR);
  const value = Number(text);
  if (!isSeed(value)) throw new Error(SEED_ERROR);
  return value;
}

/** A fresh seed from the OS CSPRNG. Why: nobody should be able to pick a convenient sample. */
export function generateSeed(): number {
  return randomInt(0, MAX_SEED + 1);
}

/**
 * Seed of one stratum: the first 4 bytes (big-endian uint32) of SHA-256(UTF-8 `${seed}\n${caseworker}`).
 * Why: each caseworker gets an independent stream, so selecting other caseworkers never
 * changes this caseworker's draw.
 */
export function stratumSeed(seed: number, caseworker: string): number {
  return createHash('sha256').update(`${seed}\n${caseworker}`, 'utf8').digest().readUInt32BE(0);
}

/**
 * Partial Fisher–Yates on a copy of the canonical list: for i = 0..k-1, j = uniformInt(i, N-1)
 * from pure-rand's xoroshiro128plus seeded with `seed32`, swap a[i] and a[j]; returns a[0..k-1].
 * Why: every ordered k-subset is equally likely, so the first n form a simple random sample
 * without replacement and the rest an ordered random reserve list; O(N) copy, O(k) draws.
 */
export function drawOrder(dossiers: readonly string[], seed32: number, k: number): string[] {
  const a = dossiers.slice();
  const rng = xoroshiro128plus(seed32);
  const last = a.length - 1;
  const take = Math.min(k, a.length);
  for (let i = 0; i < take; i++) {
    const j = uniformInt(rng, i, last);
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
  a.length = take;
  return a;
}

function drawStratum(g: FrameGroup, seed: number, perCaseworker: number, reserves: number): Stratum {
  const N = g.dossiers.length;
  const order = drawOrder(g.dossiers, stratumSeed(seed, g.caseworker), perCaseworker + reserves);
  const n = Math.min(perCaseworker, N);
  const reserveList = order.slice(n);
  const { caseworker, team } = g;
  const insufficient = N < perCaseworker + reserves;
  return {
    caseworker,
    team,
    N,
    n,
    reserveCount: reserveList.length,
    sample: order.slice(0, n),
    reserves: reserveList,
    insufficient,
  };
}

function checkOptions(o: DrawOptions): void {
  if (!isSeed(o.seed)) throw new Error(SEED_ERROR);
  if (!Number.isInteger(o.perCaseworker) || o.perCaseworker < 1 || o.perCaseworker > MAX_PER_CASEWORKER) {
    throw new Error(`Het aantal dossiers per teamlid moet een geheel getal zijn tussen 1 en ${MAX_PER_CASEWORKER}.`);
  }
  if (!Number.isInteger(o.reserves) || o.reserves < 0 || o.reserves > MAX_RESERVES) {
    throw new Error(`Het aantal reservedossiers per teamlid moet een geheel getal zijn tussen 0 en ${MAX_RESERVES}.`);
  }
  if (o.caseworkers && o.caseworkers.length === 0) throw new Error('Kies ten minste één teamlid voor de steekproef.');
}

/**
 * Draws the stratified sample: per caseworker (stratum) a simple random sample without
 * replacement of `perCaseworker` cases plus `reserves` ordered reserves. Why pure: the same
 * (frame, seed, algorithm) always yields the same draw, which {@link verifyDraw} relies on.
 * Throws an Error with a Dutch message on invalid options, an empty frame or an unknown caseworker.
 */
export function drawSample(options: DrawOptions): SampleDraw {
  checkOptions(options);
  const { seed, perCaseworker, reserves } = options;
  const groups = groupFrame(options.cases);
  let selected = groups;
  if (options.caseworkers) {
    const wanted = new Set(options.caseworkers);
    const known = new Set(groups.map((g) => g.caseworker));
    for (const name of wanted) {
      if (!known.has(name)) throw new Error(`Teamlid ${JSON.stringify(name)} komt niet voor in het steekproefkader.`);
    }
    selected = groups.filter((g) => wanted.has(g.caseworker));
  }
  return {
    algorithm: SAMPLING_ALGORITHM,
    seed,
    frameSha256: hashGroups(groups),
    perCaseworker,
    reserves,
    strata: selected.map((g) => drawStratum(g, seed, perCaseworker, reserves)),
  };
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Recomputes a stored draw from the frame and reports every difference (Dutch). Why: proves
 * afterwards that the sample was not chosen by hand and that the frame did not change.
 */
export function verifyDraw(cases: readonly FrameCase[], stored: SampleDraw): { ok: boolean; problems: string[] } {
  const problems: string[] = [];
  if (stored.algorithm !== SAMPLING_ALGORITHM) {
    problems.push(`Onbekend algoritme: ${stored.algorithm} (deze versie kent ${SAMPLING_ALGORITHM}).`);
    return { ok: false, problems };
  }
  let fresh: SampleDraw;
  try {
    fresh = drawSample({
      cases,
      seed: stored.seed,
      perCaseworker: stored.perCaseworker,
      reserves: stored.reserves,
      caseworkers: stored.strata.map((s) => s.caseworker),
    });
  } catch (error) {
    problems.push(`Herberekenen van de steekproef mislukt: ${error instanceof Error ? error.message : String(error)}`);
    return { ok: false, problems };
  }
  if (fresh.frameSha256 !== stored.frameSha256) {
    problems.push(`Frame-hash wijkt af: opgeslagen ${stored.frameSha256}, berekend ${fresh.frameSha256}.`);
  }
  const byName = new Map(fresh.strata.map((s) => [s.caseworker, s]));
  for (const s of stored.strata) {
    const f = byName.get(s.caseworker)!;
    const name = s.caseworker;
    if (f.N !== s.N) problems.push(`Aantal dossiers (N) van ${name} wijkt af: opgeslagen ${s.N}, berekend ${f.N}.`);
    if (!sameList(f.sample, s.sample)) problems.push(`Steekproef van ${name} wijkt af.`);
    if (!sameList(f.reserves, s.reserves)) problems.push(`Reservelijst van ${name} wijkt af.`);
    if (f.n !== s.n || f.reserveCount !== s.reserveCount || f.insufficient !== s.insufficient || f.team !== s.team) {
      problems.push(`Gegevens (n, reserves, team of tekort) van ${name} wijken af.`);
    }
  }
  return { ok: problems.length === 0, problems };
}
