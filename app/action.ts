import 'server-only';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb, type Db } from '@/db/client';
import type { User } from '@/db/queries/users';
import { Refusal } from '@/lib/refusal';
import type { ActionResult } from '@/app/action-result';
import { checkStudyAccess, checkUser, type StudyAccess, type StudyRole } from '@/app/access';

/**
 * THE action boundary. Every server action is built with one of these three:
 * - `studyAction` — a step inside a study (role and team scope checked);
 * - `userAction` — a logged-in user's step outside a study (e.g. creating one);
 * - `adminAction` — a beheerder's step (accounts);
 * - `publicAction` — the session's own steps (log in, log out, change the one-time password),
 *   which check the session themselves because they create or end it.
 * Each one checks access first, then parses the input with its zod schema, runs the step, turns
 * a domain `Refusal` into `{ ok: false, formError, fieldErrors }`, and revalidates. A thrown
 * error that is not a Refusal is a bug and stays a server error.
 */
export const BOUNDARY = Symbol.for('dossieranalyse.action-boundary');
export type Bounded = { readonly [BOUNDARY]: 'study' | 'user' | 'admin' | 'public' };

const INVALID = 'Controleer de gemarkeerde velden.';

type Failure = Extract<ActionResult<never>, { ok: false }>;

/** Refused input: the first message as the form's message (specific and actionable), all messages per field. */
function parseFailure(error: z.ZodError, describe?: (issue: z.core.$ZodIssue) => string): Failure {
  const { fieldErrors } = z.flattenError(error);
  const issue = error.issues[0];
  const first = issue ? (describe?.(issue) ?? issue.message) : INVALID;
  const more = error.issues.length - 1;
  return {
    ok: false,
    formError: more > 0 ? `${first} (en nog ${more} ${more === 1 ? 'melding' : 'meldingen'} bij de velden)` : first,
    fieldErrors: Object.keys(fieldErrors).length > 0 ? (fieldErrors as Record<string, string[]>) : undefined,
  };
}

async function run<T>(step: () => T | Promise<T>, revalidate: () => void): Promise<ActionResult<Awaited<T>>> {
  try {
    const data = await step();
    revalidate();
    return { ok: true, data };
  } catch (err) {
    if (err instanceof Refusal)
      return {
        ok: false,
        formError: err.message,
        fieldErrors: err.fieldErrors,
        ...(err.conflict ? { conflict: true } : {}),
      };
    throw err;
  }
}

function mark<F extends object>(fn: F, kind: Bounded[typeof BOUNDARY]): F & Bounded {
  return Object.assign(fn, { [BOUNDARY]: kind }) as F & Bounded;
}

export interface StudyStep<I> {
  studyId: number;
  input: I;
  access: StudyAccess;
  actor: string;
  db: Db;
}

const studyIdSchema = z.number().int().positive();

/**
 * A step inside a study: `(studyId, input)` from the client. `revalidate` is the path under the
 * study to refresh (default: the whole study layout), or false for a step that changes no page.
 */
export function studyAction<S extends z.ZodType, T>(
  opts: {
    schema: S;
    roles?: StudyRole[];
    revalidate?: string | false;
    /** Words a refused input's first issue (e.g. with where in a list it is); default: its message. */
    describe?: (issue: z.core.$ZodIssue) => string;
  },
  step: (s: StudyStep<z.output<S>>) => T | Promise<T>,
) {
  return mark(async (studyId: number, input: z.input<S>): Promise<ActionResult<Awaited<T>>> => {
    const id = studyIdSchema.safeParse(studyId);
    const check = await checkStudyAccess(id.success ? id.data : NaN, opts.roles);
    if (!check.ok) return { ok: false, formError: check.message };
    const parsed = opts.schema.safeParse(input);
    if (!parsed.success) return parseFailure(parsed.error, opts.describe);
    const sid = id.data!; // access was granted, so the id is a valid integer
    const base = `/onderzoeken/${sid}`;
    return run(
      () => step({ studyId: sid, input: parsed.data, access: check.access, actor: check.access.actor, db: getDb() }),
      () => {
        if (opts.revalidate === false) return;
        if (opts.revalidate) revalidatePath(`${base}/${opts.revalidate}`);
        else revalidatePath(base, 'layout');
      },
    );
  }, 'study');
}

export interface UserStep<I> {
  input: I;
  user: User;
  actor: string;
  db: Db;
}

/** A logged-in user's step outside a study. */
export function userAction<S extends z.ZodType, T>(
  opts: { schema: S; revalidate?: string },
  step: (s: UserStep<z.output<S>>) => T | Promise<T>,
) {
  return mark(async (input: z.input<S>): Promise<ActionResult<Awaited<T>>> => {
    const u = await checkUser();
    if (!u.ok) return { ok: false, formError: u.message };
    const parsed = opts.schema.safeParse(input);
    if (!parsed.success) return parseFailure(parsed.error);
    return run(
      () => step({ input: parsed.data, user: u.user, actor: u.user.username, db: getDb() }),
      () => opts.revalidate && revalidatePath(opts.revalidate),
    );
  }, 'user');
}

/**
 * A beheerder's step, as a form action for `useActionState`: `(previous, formData)`. Only the
 * schema's own fields are read from the form (Next adds its own `$ACTION_…` entries).
 */
export function adminAction<S extends z.ZodObject, T>(
  opts: { schema: S },
  step: (s: UserStep<z.output<S>>) => T | Promise<T>,
) {
  return mark(async (_previous: unknown, form: FormData): Promise<ActionResult<Awaited<T>>> => {
    const u = await checkUser();
    if (!u.ok) return { ok: false, formError: u.message };
    if (!u.user.isAdmin) return { ok: false, formError: 'Alleen een beheerder kan accounts beheren.' };
    const get = (k: string) => (form instanceof FormData ? form.get(k) : null);
    const parsed = opts.schema.safeParse(Object.fromEntries(Object.keys(opts.schema.shape).map((k) => [k, get(k)])));
    if (!parsed.success) return parseFailure(parsed.error);
    return run(
      () => step({ input: parsed.data, user: u.user, actor: u.user.username, db: getDb() }),
      () => revalidatePath('/beheer'),
    );
  }, 'admin');
}

/**
 * A step that manages the session itself (it logs in, logs out, or changes a one-time password):
 * input parsed, refusals mapped, no access check here because the step is the access check.
 * The extra arguments (e.g. the return path) are passed through; the step parses them.
 */
export function publicAction<S extends z.ZodType, T, A extends unknown[] = []>(
  opts: { schema: S; invalid?: string },
  step: (input: z.output<S>, ...rest: A) => T | Promise<T>,
) {
  return mark(async (input: z.input<S>, ...rest: A): Promise<ActionResult<Awaited<T>>> => {
    const parsed = opts.schema.safeParse(input);
    if (!parsed.success) {
      const failure = parseFailure(parsed.error);
      return opts.invalid ? { ...failure, formError: opts.invalid } : failure;
    }
    return run(
      () => step(parsed.data, ...rest),
      () => undefined,
    );
  }, 'public');
}

/** A plain `<form action>` step of the session itself (log out): no input, nothing returned. */
export function sessionFormAction(step: () => Promise<void>) {
  return mark(async (_form: FormData): Promise<void> => step(), 'public');
}
