/**
 * Dutch names for answer keys, for every message a person reads: finish errors, "controleren"
 * marks, conflicts, team-lead questions and the audit trail. Why: a stored key such as
 * 'C.rmx92paxl00.actie' or 'B.huisvesting.aanvang' is an internal identifier and never shown.
 */
import { questionLabel } from '../codebook/conditions';
import { choiceOptions, listItems } from '../codebook/resolve';
import type { Codebook, StudyLists } from '../codebook/types';
import { entriesToAnswers, keyInfo, type Entries } from './answer-keys';

export interface KeyLabel {
  /** The row, e.g. "Leefgebied Huisvesting" or "Traject 2 (Schuldhulpverlening)"; empty for a case question. */
  readonly row: string;
  /** The question as worded for this row, e.g. "Probleem bij aanvang". */
  readonly question: string;
  /** Both together: "Leefgebied Huisvesting: probleem bij aanvang", or the question alone. */
  readonly full: string;
}

const lowerFirst = (s: string) => (s.length > 1 && s[1] !== s[1].toUpperCase() ? s[0].toLowerCase() + s.slice(1) : s);

/**
 * The Dutch label of an answer key. `entries` (the case's answers) make it precise: the row number
 * and type of a trajectory, and the wording of a question that depends on the row.
 * An unknown key gets a neutral "onbekende vraag", never the key itself.
 */
export function answerKeyLabel(codebook: Codebook, lists: StudyLists, key: string, entries: Entries = {}): KeyLabel {
  const info = keyInfo(codebook, lists, key) ?? derivedInfo(codebook, key);
  if (!info) return { row: '', question: 'Onbekende vraag', full: 'Onbekende vraag' };
  const { question, table, row } = info;
  if (!table || row === undefined) return { row: '', question: question.label, full: question.label };
  let rowName: string;
  let rowAnswers: Record<string, unknown> = {};
  if (table.type === 'grid') {
    const item = listItems(lists, table.rowsFrom).find((i) => i.code === row);
    rowName = `${table.itemLabel} ${item?.label ?? 'onbekend'}`;
  } else {
    const { answers, rowIds } = entriesToAnswers(codebook, entries);
    const ids = rowIds[table.code] ?? [];
    const index = ids.indexOf(row);
    rowAnswers = index >= 0 ? ((answers[table.code] as Record<string, unknown>[])[index] ?? {}) : {};
    const typeQ = table.questions[0];
    const type = choiceOptions(typeQ, lists).find((o) => o.code === rowAnswers[typeQ.code])?.label;
    rowName = `${table.itemLabel}${index >= 0 ? ` ${index + 1}` : ''}${type ? ` (${type})` : ''}`;
  }
  const wording = questionLabel(question, {}, rowAnswers as never);
  return { row: rowName, question: wording, full: `${rowName}: ${lowerFirst(wording)}` };
}

/** Derived cells (verandering) are not answerable, but messages about them still need a name. */
function derivedInfo(codebook: Codebook, key: string) {
  const [tableCode, row, code] = key.split('.');
  for (const section of codebook.sections) {
    if (section.table?.code === tableCode && code) {
      const question = section.table.questions.find((q) => q.code === code);
      if (question) return { question, table: section.table, row };
    }
    const question = section.questions?.find((q) => q.code === key);
    if (question) return { question };
  }
  return null;
}

/** A choice code as the interview shows it ("paar zonder kinderen"), for messages and the audit trail. */
export function answerValueLabel(codebook: Codebook, lists: StudyLists, key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(leeg)';
  const info = keyInfo(codebook, lists, key) ?? derivedInfo(codebook, key);
  if (info?.question.kind === 'choice')
    return choiceOptions(info.question, lists).find((o) => o.code === value)?.label ?? String(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  return String(value);
}

/** The "controleren" marks of a case as Dutch reasons, by key. */
export function checkReasons(
  codebook: Codebook,
  lists: StudyLists,
  checks: Readonly<Record<string, string>>,
  entries: Entries,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(checks).map(([key, source]) => [
      key,
      `Controleren: "${answerKeyLabel(codebook, lists, source, entries).full}" is gewijzigd.`,
    ]),
  );
}

/** Why a case that was finished does not count now. */
export const INCOMPLETE_NOTICES = {
  oude_regels:
    'Onvolledig (oude regels): dit dossier werd afgerond toen onbeantwoorde leefgebieden en escalaties nog als "nee" telden. Het telt niet mee tot het is aangevuld en opnieuw afgerond.',
  gewijzigd: 'Dit dossier is niet meer compleet en telt niet mee in de resultaten tot het opnieuw is afgerond.',
} as const;
