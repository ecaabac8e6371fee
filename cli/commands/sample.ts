import type { Db } from '@/db/client';
import { getActiveDraw, SampleRefused, storeNewDraw, verifyStoredDraw } from '@/db/queries/sample-draws';
import { listDrawItems, listReplacements, replaceCase } from '@/db/queries/sample-items';
import { generateSeed, isUnusableReason, parseSeed, UNUSABLE_REASONS } from '@/lib/sampling';
import { CliError, print, requireInt, table, type CliContext } from '../io';
import { requireStudy } from './study-flag';

type Flags = Record<string, string | undefined>;

function refused<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof SampleRefused) throw new CliError(err.message);
    throw err;
  }
}

/** The certificate as the issue's JSON contract: algorithm, seed, frameSha256, strata[]. */
function certificateJson(db: Db, sid: number) {
  const draw = getActiveDraw(db, sid);
  if (!draw) throw new CliError('Er is nog geen steekproef getrokken voor dit onderzoek.');
  const c = draw.certificate;
  return {
    study: c.study,
    version: c.version,
    algorithm: c.algorithm,
    seed: c.seed,
    frameSha256: c.frameSha256,
    perCaseworker: c.perCaseworker,
    reserves: c.reserves,
    drawnBy: c.drawnBy,
    drawnAt: c.drawnAt,
    reason: c.reason,
    strata: c.strata.map(({ caseworker, team, N, n, sample, reserves, insufficient }) => ({
      caseworker,
      team,
      N,
      n,
      sample,
      reserves,
      insufficient,
    })),
    replacements: listReplacements(db, draw.id).map(
      ({ caseworker, unusable, reserve, reason, note, replacedBy, replacedAt }) => ({
        caseworker,
        unusable,
        reserve,
        reason,
        note,
        replacedBy,
        replacedAt: new Date(replacedAt).toISOString(),
      }),
    ),
  };
}

export function sampleDraw(db: Db, ctx: CliContext, flags: Flags) {
  const sid = requireStudy(db, flags);
  let seed: number;
  try {
    seed = flags.seed === undefined ? generateSeed() : parseSeed(flags.seed);
  } catch (err) {
    throw new CliError(`--seed: ${(err as Error).message}`);
  }
  const caseworkers = flags.caseworkers
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  refused(() =>
    storeNewDraw(db, {
      studyId: sid,
      seed,
      perCaseworker: requireInt(flags['per-caseworker'] ?? '12', 'per-caseworker', { min: 1, max: 50 }),
      reserves: requireInt(flags.reserve ?? '3', 'reserve', { min: 0, max: 50 }),
      caseworkers,
      reason: flags.reason,
      actor: ctx.actor,
    }),
  );
  const cert = certificateJson(db, sid);
  print(ctx, cert, () =>
    [
      `Steekproef versie ${cert.version} getrokken (seed ${cert.seed}, ${cert.algorithm}).`,
      `Frame-SHA-256: ${cert.frameSha256}`,
      '',
      table(
        ['teamlid', 'team', 'N', 'n', 'reserves', 'let op'],
        cert.strata.map((s) => [
          s.caseworker,
          s.team,
          s.N,
          s.n,
          s.reserves.length,
          s.insufficient ? 'alle dossiers genomen' : '',
        ]),
      ),
    ].join('\n'),
  );
}

export function sampleShow(db: Db, ctx: CliContext, flags: Flags) {
  const sid = requireStudy(db, flags);
  const cert = certificateJson(db, sid);
  const items = listDrawItems(db, getActiveDraw(db, sid)!.id);
  print(
    ctx,
    {
      ...cert,
      items: items.map(({ dossiernummer, caseworker, role, position, status, unusableReason }) => ({
        dossiernummer,
        caseworker,
        role,
        position,
        status,
        unusableReason,
      })),
    },
    () =>
      [
        `Steekproef versie ${cert.version}, seed ${cert.seed}, getrokken door ${cert.drawnBy} op ${cert.drawnAt}`,
        table(
          ['teamlid', '#', 'dossiernummer', 'status'],
          items.map((i) => [i.caseworker, i.position, i.dossiernummer, i.status]),
        ),
      ].join('\n'),
  );
}

export function sampleVerify(db: Db, ctx: CliContext, flags: Flags) {
  const sid = requireStudy(db, flags);
  const result = verifyStoredDraw(db, sid);
  const body = { ok: result.ok, version: result.draw?.version ?? null, problems: result.problems };
  if (!result.ok) throw new CliError(`Controle mislukt:\n${result.problems.join('\n')}`, 1, body);
  print(ctx, body, () => `Steekproef versie ${body.version} is identiek herberekend uit het kader en de seed.`);
}

export function sampleReplace(db: Db, ctx: CliContext, flags: Flags) {
  const sid = requireStudy(db, flags);
  if (!flags.case) throw new CliError('Optie --case ontbreekt: geef het dossiernummer.');
  const reason = flags.reason ?? '';
  if (!isUnusableReason(reason)) {
    throw new CliError(
      `--reason moet een van deze zijn: ${Object.entries(UNUSABLE_REASONS)
        .map(([k, v]) => `${k} (${v})`)
        .join(', ')}.`,
    );
  }
  const result = refused(() =>
    replaceCase(db, { studyId: sid, dossiernummer: flags.case!, reason, note: flags.note, actor: ctx.actor }),
  );
  print(ctx, result, () => result.message);
}
