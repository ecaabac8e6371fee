/**
 * Per-case tallies (domain.md §5): what one interviewed case contributes to the MKBA inputs.
 */
import { asSeverity, codebookV1, resolveCase, V1, type Severity } from '../codebook';
import type { Answer, AnswerPath, CaseAnswers, Codebook, RowAnswers, StudyLists } from '../codebook';
import { CATEGORIES, CATEGORY_LABELS, classifyTrajectory, isAction, isOldWay, isWho, type Category } from './classify';

export type ZeroOne = 0 | 1;

export interface DomainTally {
  readonly problemStart: ZeroOne;
  readonly problemNow: ZeroOne;
  readonly improved: ZeroOne;
  readonly worsened: ZeroOne;
  /** improved × attribution to the approach: ja 1, deels 0.5, nee 0. */
  readonly netImprovement: number;
}

export interface EscalationTally {
  /** voorkomen/uitgesteld × certainty: zeker 1, waarschijnlijk `probableWeight`. */
  readonly prevented: number;
  readonly occurred: ZeroOne;
  readonly activelyDeployed: ZeroOne;
}

export type FlagCode =
  | 'oud_weet_niet'
  | 'oud_ontbreekt'
  | 'traject_onvolledig'
  | 'vervangt_type_ontbreekt'
  | 'toeschrijving_ontbreekt'
  | 'zekerheid_ontbreekt'
  | 'ontbreekt';

/** Something a reviewer should look at; the message says how it was counted. */
export interface TallyFlag {
  readonly code: FlagCode;
  readonly path: AnswerPath;
  readonly message: string;
}

export interface CaseTally {
  readonly categories: Readonly<Record<Category, number>>;
  /** Per category, per trajectory type; substitutie is keyed by the replaced type (vervangt_type). */
  readonly categoriesByType: Readonly<Record<Category, Readonly<Record<string, number>>>>;
  /** prof_dw + prof_extra + team + substitutie + meer_op_maat, the report's "trajecten per huishouden". */
  readonly trajectories: number;
  readonly lifeDomains: Readonly<Record<string, DomainTally>>;
  readonly escalations: Readonly<Record<string, EscalationTally>>;
  readonly newlyFound: ZeroOne;
  readonly foundByOutreach: ZeroOne;
  readonly hoursOwn: number;
  readonly hoursSecond: number;
  readonly hoursTotal: number;
  readonly householdType: string | null;
  readonly severity: Severity | null;
  readonly flags: readonly TallyFlag[];
}

export interface TallyOptions {
  /** Weight of a "waarschijnlijk" prevented escalation (study setting, default 0.5). */
  readonly probableWeight?: number;
  /** Codebook to resolve the answers with; defaults to v1, whose codes the tallies read. */
  readonly codebook?: Codebook;
}

export const ATTRIBUTION_WEIGHTS: Readonly<Record<string, number>> = { ja: 1, deels: 0.5, nee: 0 };
const COUNTED: readonly Category[] = ['prof_dw', 'prof_extra', 'team', 'substitutie', 'meer_op_maat'];

const bit = (b: boolean): ZeroOne => (b ? 1 : 0);
const num = (v: Answer): number => (typeof v === 'number' ? v : 0);
const str = (v: Answer): string | undefined => (typeof v === 'string' ? v : undefined);

function rowsOf(value: CaseAnswers[string]): Record<string, RowAnswers> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, RowAnswers>) : {};
}

function tallyTrajectories(rows: readonly RowAnswers[], flags: TallyFlag[]) {
  const t = V1.trajectory;
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const byType = Object.fromEntries(CATEGORIES.map((c) => [c, {}])) as Record<Category, Record<string, number>>;
  rows.forEach((row, i) => {
    const n = i + 1;
    const who = row[t.who];
    const action = row[t.action];
    if (!isWho(who) || !isAction(action)) {
      flags.push({
        code: 'traject_onvolledig',
        path: [V1.trajectories, i],
        message: `Traject ${n}: wie of actie ontbreekt; niet geteld.`,
      });
      return;
    }
    const oldRaw = row[t.old];
    const old = isOldWay(oldRaw) ? oldRaw : undefined;
    const { category, flagged } = classifyTrajectory({ who, action, old });
    if (flagged) {
      flags.push({
        code: old ? 'oud_weet_niet' : 'oud_ontbreekt',
        path: [V1.trajectories, i, t.old],
        message: `Traject ${n}: oude werkwijze ${old ? '"weet niet"' : 'niet ingevuld'}; geteld als ${CATEGORY_LABELS[category].toLowerCase()}.`,
      });
    }
    let key = str(row[t.type]) ?? 'onbekend';
    if (category === 'substitutie') {
      const replaced = str(row[t.replaces]);
      if (!replaced) {
        flags.push({
          code: 'vervangt_type_ontbreekt',
          path: [V1.trajectories, i, t.replaces],
          message: `Traject ${n}: vervangen traject ontbreekt; substitutie geteld op het eigen type.`,
        });
      }
      key = replaced ?? key;
    }
    categories[category] += 1;
    byType[category][key] = (byType[category][key] ?? 0) + 1;
  });
  return { categories, byType };
}

/**
 * Tallies one case. Why: every answer is tallied on the spot, so the researcher and the team lead
 * see what a case contributes, and the estimation (section 6) only averages these numbers.
 * Partial cases are tallied too; anything counted on an assumption is listed in `flags`.
 */
export function tallyCase(answers: CaseAnswers, lists: StudyLists, options: TallyOptions = {}): CaseTally {
  const probableWeight = options.probableWeight ?? 0.5;
  if (!(probableWeight >= 0 && probableWeight <= 1)) throw new RangeError('probableWeight moet tussen 0 en 1 liggen');
  const resolved = resolveCase(options.codebook ?? codebookV1, answers, lists);
  const eff = resolved.effective;
  const flags: TallyFlag[] = [];

  const trajectoryRows = eff[V1.trajectories];
  const { categories, byType } = tallyTrajectories(Array.isArray(trajectoryRows) ? trajectoryRows : [], flags);

  const d = V1.domain;
  const domainRows = rowsOf(eff[V1.domains]);
  const lifeDomains: Record<string, DomainTally> = {};
  for (const item of lists.lifeDomains) {
    const row = domainRows[item.code] ?? {};
    const improved = row[d.change] === 'verbeterd';
    const attribution = str(row[d.attribution]);
    if (improved && attribution === undefined) {
      flags.push({
        code: 'toeschrijving_ontbreekt',
        path: [V1.domains, item.code, d.attribution],
        message: `${item.label}: verbeterd, toeschrijving ontbreekt; netto 0 geteld.`,
      });
    }
    lifeDomains[item.code] = {
      problemStart: bit(row[d.start] === 'ja'),
      problemNow: bit(row[d.now] === 'ja'),
      improved: bit(improved),
      worsened: bit(row[d.change] === 'verslechterd'),
      netImprovement: improved ? (ATTRIBUTION_WEIGHTS[attribution ?? ''] ?? 0) : 0,
    };
  }

  const e = V1.escalation;
  const escalationRows = rowsOf(eff[V1.escalations]);
  const escalations: Record<string, EscalationTally> = {};
  for (const item of lists.escalationTypes) {
    const row = escalationRows[item.code] ?? {};
    const status = row[e.status];
    const certainty = row[e.certainty];
    const isPrevented = status === 'voorkomen' || status === 'uitgesteld';
    if (isPrevented && certainty !== 'zeker' && certainty !== 'waarschijnlijk') {
      flags.push({
        code: 'zekerheid_ontbreekt',
        path: [V1.escalations, item.code, e.certainty],
        message: `${item.label}: zekerheid ontbreekt; geteld als waarschijnlijk.`,
      });
    }
    escalations[item.code] = {
      prevented: isPrevented ? (certainty === 'zeker' ? 1 : probableWeight) : 0,
      occurred: bit(status === 'opgetreden'),
      activelyDeployed: bit(status === 'actief_ingezet'),
    };
  }

  const flagged = new Set(flags.map((f) => f.path.join('.')));
  for (const m of resolved.missing) {
    if (!flagged.has(m.path.join('.')))
      flags.push({ code: 'ontbreekt', path: m.path, message: `"${m.question.label}" ontbreekt.` });
  }

  const hoursOwn = num(eff[V1.hoursOwn] as Answer);
  const hoursSecond = num(eff[V1.hoursSecond] as Answer);
  return {
    categories,
    categoriesByType: byType,
    trajectories: COUNTED.reduce((sum, c) => sum + categories[c], 0),
    lifeDomains,
    escalations,
    newlyFound: bit(eff[V1.runningIntervention] === 'nee'),
    foundByOutreach: bit(eff[V1.foundByOutreach] === 'ja'),
    hoursOwn,
    hoursSecond,
    hoursTotal: hoursOwn + hoursSecond,
    householdType: str(eff[V1.householdType] as Answer) ?? null,
    severity: asSeverity(eff[V1.severity]) ?? null,
    flags,
  };
}
