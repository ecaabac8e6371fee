import os from 'node:os';

/** An error the CLI prints as-is (Dutch, actionable) before exiting non-zero. */
export class CliError extends Error {
  constructor(
    message: string,
    public readonly exitCode = 1,
    public readonly json?: unknown,
  ) {
    super(message);
  }
}

export interface CliContext {
  json: boolean;
  actor: string;
  out: (text: string) => void;
}

export function cliActor(): string {
  let user = 'onbekend';
  try {
    user = os.userInfo().username;
  } catch {
    /* no passwd entry in some containers */
  }
  return `cli:${user}`;
}

export function print(ctx: CliContext, json: unknown, human: () => string): void {
  ctx.out(ctx.json ? JSON.stringify(json, null, 2) : human());
}

export function requireInt(
  value: string | undefined,
  flag: string,
  { min = 0, max = Number.MAX_SAFE_INTEGER } = {},
): number {
  if (value === undefined) throw new CliError(`Optie --${flag} ontbreekt.`);
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new CliError(`--${flag} moet een geheel getal zijn tussen ${min} en ${max} (gekregen: "${value}").`);
  }
  return n;
}

export function optionalInt(
  value: string | undefined,
  flag: string,
  range?: { min?: number; max?: number },
): number | null {
  return value === undefined ? null : requireInt(value, flag, range);
}

export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
