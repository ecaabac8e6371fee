/**
 * A domain refusal: the step was refused for a reason the user can act on (a Dutch message, and
 * per field where known). The action boundary turns it into `{ ok: false, formError, fieldErrors }`;
 * the CLI prints it. Anything else that is thrown is a bug and stays a server error.
 */
export class Refusal extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[] | undefined>,
    /** The data changed since the user loaded it (a stale revision): reload, do not retry. */
    readonly conflict = false,
  ) {
    super(message);
  }
}

/** A step's value-style result (`{ ok: false, message }` and friends) as data, or thrown as a Refusal. */
export function unwrap<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (result.ok) return result as Extract<T, { ok: true }>;
  const r = result as {
    ok: false;
    message?: string;
    formError?: string;
    fieldErrors?: Record<string, string[] | string | undefined>;
    conflict?: boolean;
  };
  const fieldErrors = r.fieldErrors
    ? Object.fromEntries(
        Object.entries(r.fieldErrors).map(([k, v]) => [k, v === undefined ? undefined : Array.isArray(v) ? v : [v]]),
      )
    : undefined;
  throw new Refusal(r.formError ?? r.message ?? 'Dit kon niet worden opgeslagen.', fieldErrors, Boolean(r.conflict));
}
