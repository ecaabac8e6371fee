/**
 * Data-quality rules beside the codebook, in the style of REDCap's data-quality rules: answers
 * that are possible but unusual. Finishing a case shows each one that fires as a warning that
 * the researcher confirms with one key; the review page shows which were confirmed.
 *
 * The rules are data. A rule fires per row of a table (`forEachRow`) or once per case.
 */
import { evaluateCondition, scopeOf } from '../codebook/conditions';
import { listItems, resolveCase } from '../codebook/resolve';
import type { CaseAnswers, Codebook, Condition, RowAnswers, StudyLists } from '../codebook/types';
import { entriesToAnswers, type Entries } from './answer-keys';
import { V1 } from '../codebook/v1-options';

export type CaseTest =
  | { readonly rowCondition: Condition; readonly forEachRow: string }
  | { readonly condition: Condition }
  | { readonly anyRow: string; readonly where: Condition; readonly andAnyRow: string; readonly andWhere: Condition }
  | { readonly rowsOf: string; readonly moreThan: number };

export interface QualityRule {
  /** Stable id: confirmations are stored under it (with the row for per-row rules). */
  readonly id: string;
  /** Dutch message; `{rij}` is replaced by the row's label. */
  readonly message: string;
  readonly test: CaseTest;
}

export const QUALITY_RULES: readonly QualityRule[] = [
  {
    id: 'verslechterd',
    message: '{rij}: verslechterd (geen probleem bij aanvang, nu wel). Klopt dat?',
    test: { forEachRow: V1.domains, rowCondition: { question: V1.domain.change, equals: 'verslechterd' } },
  },
  {
    id: 'geen_uren',
    message: 'Het teamlid heeft 0 uur aan dit dossier besteed. Klopt dat?',
    test: { condition: { question: V1.hoursOwn, equals: 0 } },
  },
  {
    id: 'opgetreden_en_voorkomen',
    message: 'In dit dossier is een escalatie zowel opgetreden als voorkomen of uitgesteld. Klopt dat?',
    test: {
      anyRow: V1.escalations,
      where: { question: V1.escalation.status, equals: 'opgetreden' },
      andAnyRow: V1.escalations,
      andWhere: { question: V1.escalation.status, in: ['voorkomen', 'uitgesteld'] },
    },
  },
  {
    id: 'veel_trajecten',
    message: 'Dit dossier heeft meer dan 8 trajecten. Klopt dat?',
    test: { rowsOf: V1.trajectories, moreThan: 8 },
  },
];

export interface QualityWarning {
  /** Rule id, plus ':' and the row code for a per-row rule: what a confirmation is stored under. */
  readonly id: string;
  readonly rule: string;
  readonly message: string;
  /** Answer key prefix the warning is about (for the link to the field), if any. */
  readonly key?: string;
}

function rowsOf(effective: CaseAnswers, table: string): RowAnswers[] {
  const v = effective[table];
  return Array.isArray(v) ? (v as RowAnswers[]) : v && typeof v === 'object' ? (Object.values(v) as RowAnswers[]) : [];
}

/** The warnings a case's answers raise, in rule order. */
export function qualityWarnings(
  codebook: Codebook,
  lists: StudyLists,
  entries: Entries,
  rules: readonly QualityRule[] = QUALITY_RULES,
): QualityWarning[] {
  const effective = resolveCase(codebook, entriesToAnswers(codebook, entries).answers, lists).effective;
  const out: QualityWarning[] = [];
  for (const rule of rules) {
    const t = rule.test;
    if ('forEachRow' in t) {
      const table = codebook.sections.find((s) => s.table?.code === t.forEachRow)?.table;
      if (table?.type !== 'grid') continue;
      const grid = (effective[table.code] ?? {}) as Record<string, RowAnswers>;
      for (const item of listItems(lists, table.rowsFrom)) {
        if (evaluateCondition(t.rowCondition, scopeOf(effective, grid[item.code] ?? {}))) {
          out.push({
            id: `${rule.id}:${item.code}`,
            rule: rule.id,
            message: rule.message.replace('{rij}', `${table.itemLabel} ${item.label}`),
            key: `${table.code}.${item.code}`,
          });
        }
      }
    } else if ('condition' in t) {
      if (evaluateCondition(t.condition, scopeOf(effective)))
        out.push({ id: rule.id, rule: rule.id, message: rule.message });
    } else if ('anyRow' in t) {
      const a = rowsOf(effective, t.anyRow).some((r) => evaluateCondition(t.where, scopeOf(effective, r)));
      const b = rowsOf(effective, t.andAnyRow).some((r) => evaluateCondition(t.andWhere, scopeOf(effective, r)));
      if (a && b) out.push({ id: rule.id, rule: rule.id, message: rule.message });
    } else if (rowsOf(effective, t.rowsOf).length > t.moreThan)
      out.push({ id: rule.id, rule: rule.id, message: rule.message });
  }
  return out;
}
