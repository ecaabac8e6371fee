/**
 * Whether a case may count: every asked, required question answered explicitly, every value
 * valid, no answer still marked "controleren", and every quality warning confirmed. Why one
 * function: finishing, the re-check after a save of a finished case, the migration of cases
 * finished under the old defaults and the export all judge a case the same way.
 */
import type { z } from 'zod';
import { resolveCase } from '../codebook/resolve';
import type { CaseAnswers, Codebook, StudyLists } from '../codebook/types';
import { entriesToAnswers, pathToKey, type Entries } from './answer-keys';
import { answerKeyLabel } from './key-label';
import { qualityWarnings, type QualityWarning } from './quality-rules';

export interface CaseProblem {
  readonly key: string;
  /** Dutch, with the question's label: "Leefgebied Huisvesting: probleem bij aanvang ontbreekt." */
  readonly message: string;
  /** The same, without the question's name: shown beside the field itself. */
  readonly short: string;
  readonly kind: 'ontbreekt' | 'ongeldig' | 'controleren';
}

export interface Completeness {
  /** Missing, invalid or to-be-checked answers: finishing is refused while there are any. */
  readonly problems: readonly CaseProblem[];
  /** Quality warnings not confirmed yet. */
  readonly warnings: readonly QualityWarning[];
}

export interface CompletenessInput {
  readonly codebook: Codebook;
  readonly lists: StudyLists;
  readonly entries: Entries;
  /** Keys marked "controleren", with the key whose change caused the mark. */
  readonly checks?: Readonly<Record<string, string>>;
  /** Ids of quality warnings already confirmed for this case. */
  readonly confirmed?: ReadonlySet<string>;
  /** The in-progress schema (codes, ranges, privacy of free text). */
  readonly schema?: z.ZodType<CaseAnswers>;
}

export function checkCompleteness(input: CompletenessInput): Completeness {
  const { codebook, lists, entries } = input;
  const label = (key: string) => answerKeyLabel(codebook, lists, key, entries).full;
  const { answers, rowIds } = entriesToAnswers(codebook, entries);
  const problems: CaseProblem[] = [];
  const seen = new Set<string>();
  const add = (p: CaseProblem) => {
    if (!seen.has(p.key)) {
      seen.add(p.key);
      problems.push(p);
    }
  };

  const parsed = input.schema?.safeParse(answers);
  if (parsed && !parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = pathToKey(issue.path as (string | number)[], rowIds);
      add({ key, kind: 'ongeldig', message: `${label(key)}: ${issue.message}`, short: issue.message });
    }
  }
  const resolved = resolveCase(codebook, answers, lists);
  for (const m of resolved.missing) {
    const key = pathToKey(m.path, rowIds);
    add({ key, kind: 'ontbreekt', message: `${label(key)} ontbreekt.`, short: 'Ontbreekt.' });
  }
  for (const [key, source] of Object.entries(input.checks ?? {})) {
    add({
      key,
      kind: 'controleren',
      message: `${label(key)}: controleren, want "${label(source)}" is gewijzigd.`,
      short: 'Controleren.',
    });
  }
  const confirmed = input.confirmed ?? new Set<string>();
  const warnings = qualityWarnings(codebook, lists, entries).filter((w) => !confirmed.has(w.id));
  return { problems, warnings };
}
