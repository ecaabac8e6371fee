/**
 * Validation of a study's edited lists. Codes are the stable identifiers answers refer to, so
 * they must be unique and well-formed; labels are what the interviewer reads.
 */
import { z } from 'zod';
import type { StudyLists } from './types';

const CODE = /^[a-z][a-z0-9_]{1,39}$/;
const DOMAINS = ['inkomen', 'jeugd', 'wmo', 'welzijn', 'zorgverzekering', 'participatie', 'informeel'] as const;
const PARTY_CODES = ['gemeente', 'huishoudens', 'zorgverzekeraar', 'rijk', 'corporatie', 'politie_justitie'] as const;

const code = z
  .string()
  .trim()
  .regex(CODE, 'Code: kleine letters, cijfers en _, 2–40 tekens, beginnend met een letter.');
const label = z.string().trim().min(1, 'Vul een omschrijving in.').max(80, 'Hoogstens 80 tekens.');
const item = z.object({ code, label });

function uniqueCodes<T extends { code: string }>(what: string) {
  return (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Map<string, number>();
    items.forEach((it, i) => {
      if (seen.has(it.code))
        ctx.addIssue({ code: 'custom', path: [i, 'code'], message: `Code "${it.code}" staat dubbel in ${what}.` });
      seen.set(it.code, i);
    });
  };
}

export const studyListsSchema = z.object({
  lifeDomains: z.array(item).min(1, 'Minstens één leefgebied.').max(30).superRefine(uniqueCodes('de leefgebieden')),
  escalationTypes: z
    .array(item)
    .min(1, 'Minstens één soort escalatie.')
    .max(20)
    .superRefine(uniqueCodes('de escalaties')),
  trajectoryTypes: z
    .array(
      item.extend({
        domain: z.enum(DOMAINS, { error: 'Kies een domein.' }),
        price: z.coerce
          .number({ error: 'Vul een prijs in euro in.' })
          .min(0, 'De prijs kan niet negatief zijn.')
          .max(1_000_000, 'Dat is te hoog.'),
        priceSource: z.enum(['rapport', 'voorbeeld', 'studie']).default('studie'),
        payer: z.enum(PARTY_CODES, { error: 'Kies wie betaalt.' }),
      }),
    )
    .min(1, 'Minstens één soort traject.')
    .max(60)
    .superRefine(uniqueCodes('de trajectcatalogus')),
});

export type StudyListsInput = z.input<typeof studyListsSchema>;
export const TRAJECTORY_DOMAINS = DOMAINS;
export const parseStudyLists = (value: unknown): StudyLists => studyListsSchema.parse(value) as StudyLists;

const PLACE: Record<string, string> = {
  lifeDomains: 'Leefgebieden',
  trajectoryTypes: 'Trajectcatalogus',
  escalationTypes: 'Escalaties',
  code: 'code',
  label: 'omschrijving',
  price: 'prijs',
  domain: 'domein',
  payer: 'betaler',
  priceSource: 'bron prijs',
};
/** ['lifeDomains', 0, 'code'] → "Leefgebieden, rij 1, code". */
export const issuePlace = (path: PropertyKey[]) =>
  path.map((p) => (typeof p === 'number' ? `rij ${p + 1}` : (PLACE[String(p)] ?? String(p)))).join(', ');

/** A refused list edit, with where it is: "Leefgebieden, rij 1, code: …". */
export const listsIssueMessage = (issue: { path: PropertyKey[]; message: string }) =>
  `${issuePlace(issue.path)}: ${issue.message}`;
