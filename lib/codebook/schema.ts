/**
 * zod schemas derived from the codebook: one for answers while the interview is in progress,
 * one for a complete case. Messages are Dutch because they reach the interviewer as they are.
 */
import { z } from 'zod';
import { personalDataIssues } from '../privacy/guard';
import { resolveCase, choiceOptions, listItems } from './resolve';
import type { CaseAnswers, Codebook, Question, StudyLists, Table } from './types';

/**
 * Dutch reasons why a free text may not be stored (the one guard in lib/privacy). Why: the tool
 * holds no personal data, so a note with a BSN, e-mail address, phone number, date or address is
 * refused rather than kept.
 */
export { personalDataIssues };

const MONTH = /^(19|20)\d{2}-(0[1-9]|1[0-2])$/;

/** Messages name no question: the caller shows them beside the field, or prefixes the field's Dutch label. */
function valueSchema(q: Question, lists: StudyLists): z.ZodType {
  switch (q.kind) {
    case 'choice': {
      const options = choiceOptions(q, lists);
      const codes = options.map((c) => c.code);
      const error = (iss: { input?: unknown }) =>
        `${JSON.stringify(iss.input)} is geen geldige keuze; kies uit: ${options.map((o) => o.label).join(', ')}.`;
      return codes.length > 0
        ? z.enum(codes as [string, ...string[]], { error })
        : z.never({ error: 'Voor deze vraag zijn geen keuzes beschikbaar.' });
    }
    case 'integer': {
      const range = `Vul een geheel getal van ${q.min} tot en met ${q.max} in.`;
      return z.number({ error: range }).int({ error: range }).min(q.min, { error: range }).max(q.max, { error: range });
    }
    case 'month':
      return z
        .string({ error: 'Vul een maand in als jjjj-mm, bijvoorbeeld 2018-03.' })
        .regex(MONTH, { error: 'Vul een maand in als jjjj-mm, bijvoorbeeld 2018-03.' });
    case 'text':
      return z
        .string({ error: 'Vul tekst in.' })
        .max(q.maxLength, { error: `Hoogstens ${q.maxLength} tekens.` })
        .superRefine((text, ctx) => {
          for (const message of personalDataIssues(text)) ctx.addIssue({ code: 'custom', message });
        });
    case 'boolean':
      return z.boolean({ error: 'Kies ja of nee.' });
  }
}

/** Every answer may be absent, null or '' (an emptied input) while the interview is in progress. */
function answerSchema(q: Question, lists: StudyLists): z.ZodType {
  return z.preprocess((v) => (v === '' ? null : v), valueSchema(q, lists).nullable().optional()).optional();
}

function objectError(what: string) {
  return (iss: { code?: string; keys?: string[] }) =>
    iss.code === 'unrecognized_keys'
      ? `Onbekende ${what}: ${(iss.keys ?? []).join(', ')}.`
      : `Ongeldige invoer bij ${what}.`;
}

/** Answerable questions: derived ones only when the interviewer may override them. */
function answerable(questions: readonly Question[] | undefined): Question[] {
  return (questions ?? []).filter((q) => !q.derived || q.overridable);
}

function rowSchema(questions: readonly Question[], lists: StudyLists): z.ZodType {
  const shape = Object.fromEntries(answerable(questions).map((q) => [q.code, answerSchema(q, lists)]));
  return z.strictObject(shape, { error: objectError('vraag') });
}

function tableSchema(table: Table, lists: StudyLists): z.ZodType {
  const row = rowSchema(table.questions, lists);
  if (table.type === 'repeat') {
    return z
      .array(row, { error: `${table.label}: verwacht een lijst.` })
      .max(table.maxRows, { error: `${table.label}: hoogstens ${table.maxRows} rijen.` })
      .optional();
  }
  const shape = Object.fromEntries(listItems(lists, table.rowsFrom).map((item) => [item.code, row.optional()]));
  return z.strictObject(shape, { error: objectError(`rij in ${table.label}`) }).optional();
}

/**
 * Schema for a case's answers while in progress: every field optional, but every given value
 * checked (codes, ranges, months, privacy of free text). Why derived: the form, the server
 * action and the CLI validate against the same codebook the study pinned.
 */
export function buildCaseAnswersSchema(codebook: Codebook, lists: StudyLists): z.ZodType<CaseAnswers> {
  const shape: Record<string, z.ZodType> = {};
  for (const section of codebook.sections) {
    if (section.table) shape[section.table.code] = tableSchema(section.table, lists);
    for (const q of answerable(section.questions)) shape[q.code] = answerSchema(q, lists);
  }
  return z.strictObject(shape, { error: objectError('vraag') }) as unknown as z.ZodType<CaseAnswers>;
}

/**
 * Schema for a complete case: additionally every asked required question answered (A9 when
 * A8 = nee, toeschrijving when verbeterd, …). Answers to questions that are not asked are
 * ignored: the output drops them, so a changed A8 does not leave a stale A9 behind.
 */
export function buildCompleteCaseSchema(codebook: Codebook, lists: StudyLists) {
  return buildCaseAnswersSchema(codebook, lists)
    .superRefine((answers, ctx) => {
      for (const m of resolveCase(codebook, answers, lists).missing) {
        ctx.addIssue({ code: 'custom', path: [...m.path], message: 'Nog niet beantwoord.' });
      }
    })
    .transform((answers) => resolveCase(codebook, answers, lists).answers);
}
