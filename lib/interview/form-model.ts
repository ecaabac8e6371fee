/**
 * What the interview page shows, derived from the codebook and the current answers: which
 * questions are asked, which the keyboard flow visits, derived values and question wording.
 * Pure, so the form and its tests agree with the schema, the tallies and the export.
 */
import { evaluateCondition, isAsked, isRequired, questionLabel, scopeOf } from '../codebook/conditions';
import { listItems, resolveCase } from '../codebook/resolve';
import type { CaseAnswers, Codebook, Question, RowAnswers, StudyLists } from '../codebook/types';
import { entriesToAnswers, type Entries } from './answer-keys';

export interface FieldModel {
  key: string;
  question: Question;
  label: string;
  asked: boolean;
  /** Visited by Enter / one-key answers. */
  flow: boolean;
  /** Stored answer, or for a derived question its computed value. */
  value: unknown;
  derived: boolean;
  /** Asked, required and answerable: Enter does not skip it while it has no answer. */
  required: boolean;
}

export interface RowModel {
  id: string;
  label: string;
  fields: FieldModel[];
}

export interface SectionModel {
  id: string;
  title: string;
  help?: string;
  table?: {
    type: 'grid' | 'repeat';
    code: string;
    label: string;
    itemLabel?: string;
    maxRows?: number;
    columns: Question[];
    rows: RowModel[];
    /** The one-key "rest" answer of a grid (codebook `rest`). */
    rest?: { question: string; key: string; label: string };
  };
  fields: FieldModel[];
}

function field(key: string, q: Question, given: unknown, effective: CaseAnswers, effRow?: RowAnswers): FieldModel {
  const asked = isAsked(q, effective, effRow);
  const lookup = scopeOf(effective, effRow);
  const flowOk = q.flow === undefined ? true : q.flow === false ? false : evaluateCondition(q.flow, lookup);
  const derived = Boolean(q.derived);
  const value = derived ? (given ?? (effRow ? effRow[q.code] : (effective[q.code] as unknown))) : given;
  const required = asked && !derived && isRequired(q, lookup);
  return {
    key,
    question: q,
    label: questionLabel(q, effective, effRow),
    asked,
    flow: asked && flowOk && !derived,
    value: value ?? null,
    derived,
    required,
  };
}

export function buildFormModel(
  codebook: Codebook,
  lists: StudyLists,
  entries: Entries,
  extraRowIds: Record<string, string[]> = {},
): SectionModel[] {
  const { answers, rowIds } = entriesToAnswers(codebook, entries);
  const effective = resolveCase(codebook, answers, lists).effective;
  return codebook.sections.map((section) => {
    const t = section.table;
    let table: SectionModel['table'];
    if (t?.type === 'grid') {
      const grid = (effective[t.code] ?? {}) as Record<string, RowAnswers>;
      const rows = listItems(lists, t.rowsFrom).map((item) => ({
        id: item.code,
        label: item.label,
        fields: t.questions.map((q) => {
          const k = `${t.code}.${item.code}.${q.code}`;
          return field(k, q, entries[k], effective, grid[item.code] ?? {});
        }),
      }));
      const rest = t.rest ? { question: t.rest.question, key: t.rest.key, label: t.rest.label } : undefined;
      table = {
        type: 'grid',
        code: t.code,
        label: t.label,
        itemLabel: t.itemLabel,
        columns: [...t.questions],
        rows,
        rest,
      };
    } else if (t?.type === 'repeat') {
      const effRows = (effective[t.code] ?? []) as RowAnswers[];
      const stored = rowIds[t.code] ?? [];
      const ids = [...new Set([...stored, ...(extraRowIds[t.code] ?? [])])].sort();
      const rows = ids.map((id, i) => {
        const effRow = stored.includes(id) ? (effRows[stored.indexOf(id)] ?? {}) : {};
        return {
          id,
          label: `${t.itemLabel} ${i + 1}`,
          fields: t.questions.map((q) => {
            const k = `${t.code}.${id}.${q.code}`;
            return field(k, q, entries[k], effective, effRow);
          }),
        };
      });
      table = {
        type: 'repeat',
        code: t.code,
        label: t.label,
        itemLabel: t.itemLabel,
        maxRows: t.maxRows,
        columns: [...t.questions],
        rows,
      };
    }
    const fields = (section.questions ?? []).map((q) => field(q.code, q, entries[q.code], effective));
    return { id: section.id, title: section.title, help: section.help, table, fields };
  });
}

/**
 * The column header of a table question. A question worded per row (labelWhen: the counterfactual
 * in C, by wie and actie) gets a neutral header; each row shows its own wording.
 */
export function columnHeader(q: Question): string {
  return q.labelWhen?.length ? 'Vergelijking met de oude werkwijze' : q.label;
}
