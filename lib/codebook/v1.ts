/**
 * Codebook v1: the interview per sampled case, exactly as domain.md §4.
 * Lists (leefgebieden, escalaties, trajecten) come from the study; see defaults.ts.
 */
import type { Codebook, Section } from './types';
import { escalationsSection, lifeDomainsSection, trajectoriesSection } from './v1-tables';
import {
  CASE_STATUSES,
  COMPOSITIONS,
  HOUSEHOLD_TYPES,
  INCOME_SOURCES,
  JA_NEE,
  JA_NEE_ONBEKEND,
  JA_VERMOEDEN_NEE_ONBEKEND,
  V1,
} from './v1-options';

const household: Section = {
  id: 'A',
  title: 'Huishouden',
  questions: [
    { code: 'A1', name: 'huishoudtype', kind: 'choice', label: 'Huishoudtype', codes: HOUSEHOLD_TYPES, required: true },
    {
      code: 'A2',
      name: 'samenstelling',
      kind: 'choice',
      label: 'Samenstelling van het huishouden',
      codes: COMPOSITIONS,
    },
    {
      code: 'A3',
      name: 'minderjarige_kinderen',
      kind: 'integer',
      label: 'Aantal minderjarige kinderen',
      min: 0,
      max: 15,
    },
    { code: 'A4', name: 'inkomensbron', kind: 'choice', label: 'Belangrijkste inkomensbron', codes: INCOME_SOURCES },
    {
      code: 'A5',
      name: 'minima',
      kind: 'choice',
      label: 'Huishouden met een minimuminkomen (minima)',
      codes: JA_NEE_ONBEKEND,
    },
    {
      code: 'A6',
      name: 'lvb',
      kind: 'choice',
      label: 'Licht verstandelijke beperking (LVB)',
      codes: JA_VERMOEDEN_NEE_ONBEKEND,
    },
    {
      code: 'A7',
      name: 'ggz',
      kind: 'choice',
      label: 'Psychische problematiek (GGZ)',
      codes: JA_VERMOEDEN_NEE_ONBEKEND,
    },
    {
      code: V1.runningIntervention,
      name: 'lopende_interventie',
      kind: 'choice',
      label: 'Was er bij aanvang een lopende interventie?',
      help: 'Nee betekent: nieuw gevonden huishouden.',
      codes: JA_NEE,
      required: true,
    },
    {
      code: V1.foundByOutreach,
      name: 'outreachend_gevonden',
      kind: 'choice',
      label: 'Gevonden dankzij de outreachende werkwijze?',
      codes: JA_NEE,
      askedWhen: { question: V1.runningIntervention, equals: 'nee' },
      required: true,
    },
    { code: 'A10', name: 'status', kind: 'choice', label: 'Status van de casus', codes: CASE_STATUSES },
    { code: 'A11', name: 'startmaand', kind: 'month', label: 'Startmaand van de casus (jjjj-mm)' },
  ],
};

const time: Section = {
  id: 'E',
  title: 'Tijd',
  questions: [
    {
      code: V1.hoursOwn,
      name: 'uren_teamlid',
      kind: 'integer',
      label: 'Uren besteed door het teamlid',
      min: 0,
      max: 500,
      unit: 'uur',
      required: true,
    },
    {
      code: V1.secondCaseworker,
      name: 'tweede_teamlid',
      kind: 'choice',
      label: 'Was een tweede teamlid betrokken?',
      codes: JA_NEE,
    },
    {
      code: V1.hoursSecond,
      name: 'uren_tweede_teamlid',
      kind: 'integer',
      label: 'Uren besteed door het tweede teamlid',
      min: 0,
      max: 500,
      unit: 'uur',
      askedWhen: { question: V1.secondCaseworker, equals: 'ja' },
      required: true,
    },
    {
      code: 'E4',
      name: 'duur_maanden',
      kind: 'integer',
      label: 'Duur van de casus',
      min: 0,
      max: 120,
      unit: 'maanden',
    },
  ],
};

const note: Section = {
  id: 'F',
  title: 'Notitie',
  questions: [
    {
      code: V1.note,
      name: 'notitie',
      kind: 'text',
      label: 'Notitie',
      help: 'Geen persoonsgegevens: geen namen, BSN, e-mailadressen of telefoonnummers.',
      maxLength: 1000,
    },
  ],
};

/** Codebook v1. Why a constant: a study pins its codebook version, so v1 never changes in place. */
export const codebookV1: Codebook = {
  version: 'v1',
  title: 'Dossieranalyse codeboek v1',
  sections: [household, lifeDomainsSection, trajectoriesSection, escalationsSection, time, note],
};
