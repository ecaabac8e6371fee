/**
 * Every server action is built with the action boundary (app/action.ts), and a forged call —
 * no session, or a session without access to the study — is refused with a Dutch message before
 * the input is even parsed, and without touching the database. This tests the result of each
 * exported action, not the presence of a call.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

const access = vi.hoisted(() => ({ studyChecks: [] as { studyId: number; roles?: string[] }[], userChecks: 0 }));

vi.mock('@/app/access', () => ({
  checkUser: async () => {
    access.userChecks++;
    return { ok: false, status: 401, message: 'Je bent niet ingelogd.', sessionExpired: false };
  },
  checkStudyAccess: async (studyId: number, roles?: string[]) => {
    access.studyChecks.push({ studyId, roles });
    return {
      ok: false,
      status: 403,
      message: 'Je hebt geen toegang tot dit onderzoek of dit onderdeel ervan.',
      sessionExpired: false,
    };
  },
}));
vi.mock('@/db/client', () => ({
  getDb: () => {
    throw new Error('a refused call touched the database');
  },
  inTransaction: () => {
    throw new Error('a refused call wrote to the database');
  },
}));
vi.mock('next/cache', () => ({
  revalidatePath: () => {
    throw new Error('a refused call revalidated');
  },
}));

/** The session's own steps: they are the access check (log in, log out, change a one-time password). */
const PUBLIC = new Set(['loginAction', 'logoutAction', 'changePasswordAction']);

/**
 * Not yet on the boundary (issue #20, left for the next session): the autosave and finish actions
 * (their result shapes feed the offline queue) and the review actions. They still check access
 * first by hand; the old structural check below covers them until they move.
 */
const NOT_YET = new Set(['app/onderzoeken/[id]/interviews/actions.ts', 'app/onderzoeken/[id]/beoordeling/actions.ts']);

const actionFiles = fs
  .readdirSync(path.join(root, 'app'), { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile() && e.name === 'actions.ts')
  .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
  .filter((f) => !NOT_YET.has(f));

async function exportsOf(file: string): Promise<[string, unknown][]> {
  const mod = await import(/* @vite-ignore */ path.join(root, file));
  return Object.entries(mod);
}

describe('the action boundary', () => {
  beforeEach(() => {
    access.studyChecks.length = 0;
    access.userChecks = 0;
  });

  it('finds every actions file', () => {
    expect(actionFiles.length).toBeGreaterThanOrEqual(9);
  });

  it.each(actionFiles)('every export of %s is a bounded action, and a forged call is refused', async (file) => {
    const { BOUNDARY } = await import('@/app/action');
    const entries = await exportsOf(file);
    expect(entries.length).toBeGreaterThan(0);
    for (const [name, fn] of entries) {
      expect(typeof fn, `${file}: ${name}`).toBe('function');
      const kind = (fn as Record<symbol, string>)[BOUNDARY];
      expect(kind, `${file}: ${name} is not built with the action boundary`).toBeDefined();
      if (PUBLIC.has(name)) {
        expect(kind).toBe('public');
        continue;
      }
      expect(kind, `${file}: ${name} may not skip the access check`).not.toBe('public');
      // Garbage input: the access check must answer first, so the garbage is never parsed or used.
      const call = fn as (...args: unknown[]) => Promise<{ ok: boolean; formError?: string }>;
      const result =
        kind === 'admin'
          ? await call(null, new FormData())
          : kind === 'user'
            ? await call({ x: 1 })
            : await call(7, { x: 1 });
      expect(result, `${file}: ${name}`).toMatchObject({ ok: false });
      expect(result.formError, `${file}: ${name}`).toMatch(/^Je (bent niet ingelogd|hebt geen toegang)/);
      if (kind === 'study') expect(access.studyChecks.at(-1)?.studyId).toBe(7);
    }
  });

  it('passes a non-integer study id to the access check as invalid (refused), never as another study', async () => {
    const { studyAction } = await import('@/app/action');
    const { z } = await import('zod');
    const step = vi.fn();
    const action = studyAction({ schema: z.object({}) }, step);
    expect(await action('7 or 1=1' as unknown as number, {})).toMatchObject({ ok: false });
    expect(Number.isNaN(access.studyChecks.at(-1)?.studyId)).toBe(true);
    expect(step).not.toHaveBeenCalled();
  });
});

describe('actions not yet on the boundary', () => {
  it.each([...NOT_YET])('every exported action in %s checks access before it writes', (file) => {
    const source = fs.readFileSync(path.join(root, file), 'utf8');
    const exported = [...source.matchAll(/^export async function (\w+)[\s\S]*?^}/gm)];
    expect(exported.length).toBeGreaterThan(0);
    for (const [body, name] of exported) {
      const check = body.search(/\b(checkStudyAccess|reviewStep)\(/);
      expect(check, `${file}: ${name} has no access check`).toBeGreaterThan(0);
      expect(
        body.search(/getDb\(\)/) === -1 || body.search(/getDb\(\)/) > check,
        `${file}: ${name} touches the db before the check`,
      ).toBe(true);
    }
  });
});
