/** The server-action contract: typed success data, or a Dutch form message and per-field messages. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      formError?: string;
      fieldErrors?: Record<string, string[] | undefined>;
      /** The data changed since it was loaded (a stale revision): reload instead of retrying. */
      conflict?: boolean;
    };
