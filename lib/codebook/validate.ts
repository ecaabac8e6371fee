/**
 * Structural checks of a codebook. Why: a study may extend its codebook, and a condition that
 * points at a later or unknown question silently makes a question never asked.
 */
import { choiceOptions } from './resolve';
import type { Codebook, Condition, Derivation, Question, StudyLists } from './types';

/** The question codes a condition reads. */
export function referenced(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(referenced);
  if ('any' in condition) return condition.any.flatMap(referenced);
  return [condition.question];
}

/** The question (or table) codes a derivation reads. */
export function derivationRefs(d: Derivation): string[] {
  switch (d.fn) {
    case 'countRows':
      return [d.table];
    case 'change':
      return [d.start, d.startScore, d.now, d.nowScore];
    case 'severity':
      return [d.problemCount, d.selfReliant];
  }
}

/**
 * Every code a question reads in its own scope: its conditions, wording, keyboard flow, default,
 * derivation and `dependsOn`. Why one list: validation checks these point at earlier questions,
 * and the dependency follow-ups (lib/interview/dependencies) recheck an answer when one changes.
 */
export function questionRefs(q: Question): string[] {
  return [
    ...(q.askedWhen ? referenced(q.askedWhen) : []),
    ...(typeof q.required === 'object' ? referenced(q.required) : []),
    ...(q.flow && typeof q.flow === 'object' ? referenced(q.flow) : []),
    ...(q.labelWhen ?? []).flatMap((v) => referenced(v.when)),
    ...(q.derived ? derivationRefs(q.derived) : []),
    ...(q.default !== undefined && typeof q.default === 'object' ? [q.default.copyOf] : []),
    ...(q.dependsOn ?? []),
  ];
}

function checkQuestion(q: Question, known: Set<string>, lists: StudyLists, where: string, errors: string[]): void {
  const at = `${where}${q.code}`;
  const refs = questionRefs(q);
  for (const ref of refs) if (!known.has(ref)) errors.push(`${at}: refers to ${ref}, which is not an earlier question`);
  if (q.kind === 'choice') {
    const options = choiceOptions(q, lists);
    if (options.length === 0) errors.push(`${at}: choice without codes`);
    const codes = options.map((o) => o.code);
    if (new Set(codes).size !== codes.length) errors.push(`${at}: duplicate codes`);
    const keys = options.flatMap((o) => (o.key === undefined ? [] : [o.key]));
    if (keys.some((k) => [...k].length !== 1)) errors.push(`${at}: a key must be a single character`);
    if (new Set(keys).size !== keys.length) errors.push(`${at}: duplicate keys`);
  }
  if (q.kind === 'integer' && q.min > q.max) errors.push(`${at}: min > max`);
  if (q.overridable && !q.derived) errors.push(`${at}: overridable but not derived`);
}

/** Lists the problems of a codebook (empty when it is sound); used by tests and on study setup. */
export function validateCodebook(codebook: Codebook, lists: StudyLists): string[] {
  const errors: string[] = [];
  const caseCodes = new Set<string>();
  const sectionIds = new Set<string>();
  const claim = (code: string, where: string) => {
    if (caseCodes.has(code)) errors.push(`${where}: duplicate code ${code}`);
    caseCodes.add(code);
  };
  for (const section of codebook.sections) {
    if (sectionIds.has(section.id)) errors.push(`duplicate section ${section.id}`);
    sectionIds.add(section.id);
    if (section.table) {
      const rowKnown = new Set(caseCodes);
      for (const q of section.table.questions) {
        if (rowKnown.has(q.code)) errors.push(`${section.table.code}.${q.code}: duplicate code`);
        checkQuestion(q, rowKnown, lists, `${section.table.code}.`, errors);
        rowKnown.add(q.code);
      }
      claim(section.table.code, section.id);
    }
    for (const q of section.questions ?? []) {
      checkQuestion(q, caseCodes, lists, '', errors);
      claim(q.code, section.id);
    }
  }
  return errors;
}
