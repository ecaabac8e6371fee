import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The dependency rule of the README's layout, as the linter enforces it: lib/ is framework-free
 * domain logic and imports nothing from db/, app/, components/, cli/, Next or React.
 */
const cwd = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint: lib/ stays pure', () => {
  it.each([
    ["import { getDb } from '@/db/client';", 'no database access'],
    ["import { caseList } from '../../db/queries/cases';", 'no database access'],
    ["import { requireStudyAccess } from '@/app/access';", 'may not import app/'],
    ["import { TallyPanel } from '@/components/interview/tally-panel';", 'may not import app/'],
    ["import { runCli } from '@/cli/main';", 'may not import app/'],
    ["import { redirect } from 'next/navigation';", 'framework-free'],
    ["import { useState } from 'react';", 'framework-free'],
  ])(
    'refuses %s in lib/',
    async (line, why) => {
      const messages = await restricted('lib/estimate/deliberately-bad.ts', `${line}\nexport const x = 1;\n`);
      expect(messages.join('\n')).toContain(why);
    },
    60_000,
  );

  it('allows the same import where it belongs (db/queries, cli/)', async () => {
    expect(
      await restricted('db/queries/fine.ts', "import { getDb } from '@/db/client';\nexport const x = getDb;\n"),
    ).toEqual([]);
    expect(
      await restricted('cli/commands/fine.ts', "import { getDb } from '@/db/client';\nexport const x = getDb;\n"),
    ).toEqual([]);
  }, 60_000);
});
