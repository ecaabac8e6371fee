/**
 * Codebook v1, sections B–D (leefgebieden, trajecten, escalaties): the tables of the interview.
 */
import type { Condition, Question, Section } from './types';
import {
  ACTIONS,
  ATTRIBUTIONS,
  CERTAINTIES,
  CHANGES,
  ESCALATION_STATUSES,
  JA_NEE,
  OLD_WAY,
  SEVERITY_OPTIONS,
  V1,
  WHO,
} from './v1-options';

const d = V1.domain;
const t = V1.trajectory;
const e = V1.escalation;

const zrm = (code: string, label: string, dependsOn: string): Question => ({
  code,
  kind: 'integer',
  label,
  min: 1,
  max: 5,
  flow: false,
  dependsOn: [dependsOn],
  help: 'ZRM: 1 = acute problematiek … 5 = volledig zelfredzaam (optioneel).',
});

export const lifeDomainsSection: Section = {
  id: 'B',
  title: 'Leefgebieden',
  help: 'Per leefgebied: was er bij aanvang een probleem, en is dat er nu (of bij afsluiten) nog?',
  table: {
    type: 'grid',
    code: V1.domains,
    label: 'Leefgebieden',
    itemLabel: 'Leefgebied',
    rowsFrom: 'lifeDomains',
    rest: { question: d.start, value: 'nee', key: 'r', label: 'Overige leefgebieden: geen probleem' },
    questions: [
      // Every row is answered explicitly: an unanswered row is never "nee" (domain.md §4).
      { code: d.start, kind: 'choice', label: 'Probleem bij aanvang', codes: JA_NEE, required: true },
      zrm(d.startScore, 'ZRM-score bij aanvang', d.start),
      {
        code: d.now,
        kind: 'choice',
        label: 'Probleem nu / bij afsluiten',
        codes: JA_NEE,
        default: { copyOf: d.start },
        required: { question: d.start, equals: 'ja' },
        flow: { question: d.start, equals: 'ja' },
      },
      zrm(d.nowScore, 'ZRM-score nu / bij afsluiten', d.now),
      {
        code: d.change,
        kind: 'choice',
        label: 'Verandering',
        codes: CHANGES,
        derived: { fn: 'change', start: d.start, startScore: d.startScore, now: d.now, nowScore: d.nowScore },
      },
      {
        code: d.attribution,
        kind: 'choice',
        label: 'Is de verbetering toe te schrijven aan de aanpak?',
        codes: ATTRIBUTIONS,
        askedWhen: { question: d.change, equals: 'verbeterd' },
        required: true,
      },
    ],
  },
  questions: [
    {
      code: V1.problemCount,
      name: 'problemen_aanvang',
      kind: 'integer',
      label: 'Aantal leefgebieden met een probleem bij aanvang',
      min: 0,
      max: 99,
      derived: { fn: 'countRows', table: V1.domains, question: d.start, equals: 'ja' },
    },
    {
      code: V1.selfReliant,
      name: 'zelfredzaam',
      kind: 'choice',
      label: 'Was het huishouden bij aanvang zelfredzaam?',
      codes: JA_NEE,
      askedWhen: { question: V1.problemCount, atLeast: 2 },
      required: true,
    },
    {
      code: V1.severity,
      name: 'zwaarte',
      kind: 'choice',
      label: 'Zwaarte van de casus',
      help: 'Wordt afgeleid; kies zelf "top" als het huishouden al geëscaleerd of intramuraal was.',
      codes: SEVERITY_OPTIONS,
      derived: { fn: 'severity', problemCount: V1.problemCount, selfReliant: V1.selfReliant },
      overridable: true,
    },
  ],
};

const professional: Condition = { question: t.who, equals: 'professional' };
const deployed: Condition = { question: t.action, equals: 'ingezet' };

export const trajectoriesSection: Section = {
  id: 'C',
  title: 'Trajecten',
  help: 'Alle trajecten en voorzieningen: ingezet, afgeschaald, beëindigd of bewust niet ingezet.',
  table: {
    type: 'repeat',
    code: V1.trajectories,
    label: 'Trajecten',
    itemLabel: 'Traject',
    maxRows: 10,
    questions: [
      {
        code: t.type,
        kind: 'choice',
        label: 'Soort traject of voorziening',
        codesFrom: 'trajectoryTypes',
        required: true,
      },
      { code: t.who, kind: 'choice', label: 'Door wie', codes: WHO, required: true },
      { code: t.action, kind: 'choice', label: 'Actie', codes: ACTIONS, required: true },
      {
        code: t.old,
        kind: 'choice',
        label: 'Zou dit in de oude werkwijze ook zo zijn gegaan?',
        labelWhen: [
          { when: { all: [professional, deployed] }, label: 'Zou dit traject in de oude werkwijze ook zijn ingezet?' },
          { when: professional, label: 'Zou het in de oude werkwijze (volledig) zijn ingezet of doorgelopen?' },
          { when: deployed, label: 'Zou anders een professional zijn ingezet?' },
        ],
        help: 'Niet gevraagd bij team, eigen kracht of vrijwilliger zonder inzet: die rij telt als neutraal.',
        codes: OLD_WAY,
        askedWhen: { any: [professional, deployed] },
        required: true,
      },
      {
        code: t.replaces,
        kind: 'choice',
        label: 'Welk professioneel traject zou anders zijn ingezet?',
        codesFrom: 'trajectoryTypes',
        askedWhen: {
          all: [
            { question: t.who, notEquals: 'professional' },
            { question: t.old, equals: 'ja' },
          ],
        },
        required: true,
      },
    ],
  },
};

const preventedOrDelayed: Condition = { question: e.status, in: ['voorkomen', 'uitgesteld'] };

export const escalationsSection: Section = {
  id: 'D',
  title: 'Escalaties',
  table: {
    type: 'grid',
    code: V1.escalations,
    label: 'Escalaties',
    itemLabel: 'Escalatie',
    rowsFrom: 'escalationTypes',
    rest: { question: e.status, value: 'niet_aan_de_orde', key: 'r', label: 'Geen (andere) escalaties aan de orde' },
    questions: [
      // Every escalation row needs an explicit status: unanswered is never "niet aan de orde".
      { code: e.status, kind: 'choice', label: 'Status', codes: ESCALATION_STATUSES, required: true },
      {
        code: e.certainty,
        kind: 'choice',
        label: 'Hoe zeker?',
        codes: CERTAINTIES,
        askedWhen: preventedOrDelayed,
        required: true,
      },
      {
        code: e.explanation,
        kind: 'text',
        label: 'Wat zou er anders gebeurd zijn?',
        maxLength: 300,
        askedWhen: preventedOrDelayed,
        required: true,
      },
    ],
  },
};
