import type { z } from 'zod';
import { Refusal } from '@/lib/refusal';

export type StepResult<T> = { ok: true; data: T } | { ok: false; formError: string };

/**
 * What a server action does after the access check, for db tests: parse the input with the
 * action's schema, run the step, and turn a Refusal into the form message.
 */
export function step<S extends z.ZodType, T>(schema: S, input: unknown, run: (v: z.output<S>) => T): StepResult<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, formError: parsed.error.issues[0].message };
  try {
    return { ok: true, data: run(parsed.data) };
  } catch (err) {
    if (err instanceof Refusal) return { ok: false, formError: err.message };
    throw err;
  }
}
