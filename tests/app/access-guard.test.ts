/**
 * A structural guard: every server action and route handler checks the session (and, for a study,
 * the role and membership) before it does anything, and every study page goes through loadStudy.
 * A new action without a check fails here, before it can leak a team's cases to another team.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const GUARDS = ['checkStudyAccess', 'requireStudyRole', 'checkUser', 'requireUser', 'requireAdmin', 'currentSession'];
/** Public by nature: logging in. */
const PUBLIC = new Set(['loginAction']);

function files(dir: string, name: RegExp): string[] {
  return fs
    .readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && name.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

/** Top-level functions with their bodies (up to the next top-level declaration). */
function functions(source: string): { name: string; exported: boolean; body: string }[] {
  const re =
    /^(export )?(?:async )?function (\w+)|^(export )?const (\w+) = (?:async )?\(|^const (\w+) = <|^export const (GET|POST|PUT|DELETE)\b/gm;
  const starts = [...source.matchAll(re)].map((m) => ({
    at: m.index!,
    name: m[2] ?? m[4] ?? m[5] ?? m[6],
    exported: Boolean(m[1] ?? m[3] ?? m[6]),
  }));
  return starts.map((s, i) => ({ ...s, body: source.slice(s.at, starts[i + 1]?.at ?? source.length) }));
}

const calls = (body: string, names: string[]) => names.some((n) => new RegExp(`\\b${n}\\(`).test(body));

describe('access checks', () => {
  // Server actions: tests/app/action-boundary.test.ts calls each one forged and checks it is refused.
  const handlers = files('app', /^route\.ts$/);

  it('finds the routes it guards', () => {
    expect(handlers.length).toBeGreaterThanOrEqual(4);
  });

  it.each(handlers)('every exported action or handler in %s checks access first', (file) => {
    const fns = functions(fs.readFileSync(path.join(root, file), 'utf8'));
    // Local helpers that wrap a guard (e.g. asAdmin, actorOf) count as guards.
    const guards = [...GUARDS, ...fns.filter((f) => !f.exported && calls(f.body, GUARDS)).map((f) => f.name)];
    const exported = fns.filter((f) => f.exported && !PUBLIC.has(f.name));
    expect(exported.length).toBeGreaterThan(0);
    for (const f of exported) expect(calls(f.body, guards), `${file}: ${f.name} has no access check`).toBe(true);
  });

  it.each(files('app/onderzoeken/[id]', /^page\.tsx$/))(
    'the study page %s loads the study through the access check',
    (file) => {
      const source = fs.readFileSync(path.join(root, file), 'utf8');
      expect(/\bloadStudy\(|\brequireStudyRole\(/.test(source), `${file} does not call loadStudy`).toBe(true);
    },
  );

  it('loadStudy itself checks the role', () => {
    expect(fs.readFileSync(path.join(root, 'app/onderzoeken/[id]/study-context.ts'), 'utf8')).toMatch(
      /requireStudyRole\(/,
    );
  });
});
