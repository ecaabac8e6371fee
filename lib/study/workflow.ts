import { formatInt, plural } from '../format/nl';

export type StepStatus = 'klaar' | 'bezig' | 'open' | 'wacht' | 'later';

export interface WorkflowStep {
  key: 'kader' | 'steekproef' | 'interviews' | 'beoordeling' | 'resultaten' | 'mkba' | 'export';
  title: string;
  status: StepStatus;
  detail: string;
  /** Path below /onderzoeken/[id]; absent while the step has no page yet. */
  path?: string;
}

export interface StudyProgress {
  frameCases: number;
  teams: number;
  caseworkers: number;
  draw: { version: number } | null;
  itemsByStatus: Record<string, number>;
}

export const STATUS_LABELS: Record<StepStatus, string> = {
  klaar: 'klaar',
  bezig: 'bezig',
  open: 'te doen',
  wacht: 'wacht op vorige stap',
  later: 'nog niet beschikbaar',
};

/** Steps whose pages exist in this version of the app. */
const AVAILABLE = new Set<WorkflowStep['key']>([
  'kader',
  'steekproef',
  'interviews',
  'resultaten',
  'export',
  'beoordeling',
  'mkba',
]);

/**
 * The method's workflow as steps with a status, so the researcher sees at a glance where the study
 * stands. Derived from stored facts only; nothing about the workflow is stored twice.
 */
export function workflowSteps(p: StudyProgress): WorkflowStep[] {
  const sampled =
    (p.itemsByStatus.te_bespreken ?? 0) + (p.itemsByStatus.besproken ?? 0) + (p.itemsByStatus.reserve_in_gebruik ?? 0);
  const done = p.itemsByStatus.besproken ?? 0;
  const steps: WorkflowStep[] = [
    {
      key: 'kader',
      title: 'Kader importeren',
      path: 'kader',
      status: p.frameCases > 0 ? 'klaar' : 'open',
      detail:
        p.frameCases > 0
          ? `${plural(p.frameCases, 'dossier', 'dossiers')}, ${plural(p.teams, 'team', 'teams')}, ${plural(p.caseworkers, 'teamlid', 'teamleden')}`
          : 'Importeer de caseload (dossiernummer, teamlid, team).',
    },
    {
      key: 'steekproef',
      title: 'Steekproef',
      path: 'steekproef',
      status: p.draw ? 'klaar' : p.frameCases > 0 ? 'open' : 'wacht',
      detail: p.draw
        ? `Versie ${p.draw.version}: ${plural(sampled, 'dossier', 'dossiers')} getrokken`
        : 'Trek per teamlid een aselecte steekproef.',
    },
    {
      key: 'interviews',
      title: 'Interviews',
      path: 'interviews',
      status: !p.draw ? 'wacht' : done === 0 ? 'open' : done >= sampled ? 'klaar' : 'bezig',
      detail: p.draw ? `${formatInt(done)} van ${formatInt(sampled)} besproken` : 'Na de steekproef.',
    },
    {
      key: 'beoordeling',
      title: 'Beoordeling',
      path: 'beoordeling',
      status: p.draw ? 'open' : 'wacht',
      detail: 'Teamleiders stellen vragen en keuren de turven van hun team goed; audittrail per dossier.',
    },
    {
      key: 'resultaten',
      title: 'Resultaten',
      path: 'resultaten',
      status: done === 0 ? 'wacht' : done >= sampled ? 'klaar' : 'bezig',
      detail: 'Gewogen schattingen met betrouwbaarheidsintervallen.',
    },
    {
      key: 'mkba',
      title: 'MKBA',
      path: 'mkba',
      status: done === 0 ? 'wacht' : 'open',
      detail: 'Kengetallen, uitvoerscherm, per partij en gevoeligheid.',
    },
    {
      key: 'export',
      title: 'Export',
      path: 'export',
      status: p.draw ? 'open' : 'wacht',
      detail: 'Steekproefbestand naar Excel, offline sjablonen en turven terugzetten.',
    },
  ];
  return steps.map((s) => (AVAILABLE.has(s.key) ? s : { ...s, path: undefined, status: 'later' }));
}
