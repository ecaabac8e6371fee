/**
 * THE personal-data guard for free text. Every free-text field the server stores (study name,
 * list labels, notes, review threads, reasons, arena cards, scenario names, display names, frame
 * text columns) goes through here before it is stored or audited, so a refused value never
 * reaches the append-only audit log. Names of people cannot be detected reliably and are not
 * tried; the UI reminds users instead (README, "Personal data guard").
 */
import { findBsn, findPhone } from './detectors';
import { findAddress, findDate, findEmail } from './text-patterns';

export type PersonalDataKind = 'bsn' | 'email' | 'phone' | 'date' | 'address';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** The matched text as written (never shown unmasked). */
  match: string;
}

/** Dutch names of the kinds, as they read after "bevat". */
export const KIND_LABELS: Record<PersonalDataKind, string> = {
  bsn: 'een nummer dat op een BSN lijkt',
  email: 'een e-mailadres',
  phone: 'een telefoonnummer',
  date: 'een datum (mogelijk een geboortedatum; noteer alleen maand en jaar)',
  address: 'een adres (straat met huisnummer of een postcode)',
};

const FINDERS: [PersonalDataKind, (text: string) => string | null][] = [
  ['bsn', findBsn],
  ['email', findEmail],
  ['phone', findPhone],
  ['date', findDate],
  ['address', findAddress],
];

/** Longer texts are checked in full; this only bounds work on absurd input (e.g. a 1 MB "name"). */
const MAX_CHECKED = 100_000;

/** Every kind of personal data found in the text (at most one finding per kind), in a fixed order. */
export function findPersonalData(text: string): PersonalDataFinding[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  // Every kind needs a digit, an "@" or a bracketed "at": most names and labels are done here
  // (the frame import checks three cells per row).
  if (!/[\d@\[({<]/.test(text)) return [];
  const t = text.length > MAX_CHECKED ? text.slice(0, MAX_CHECKED) : text;
  const found: PersonalDataFinding[] = [];
  for (const [kind, find] of FINDERS) {
    const match = find(t);
    if (match) found.push({ kind, match });
  }
  return found;
}

export const hasPersonalData = (text: string): boolean => findPersonalData(text).length > 0;

/** "jan.jansen@example.nl" → "ja*******************": two characters, then stars (at most 12). */
export function maskText(value: string): string {
  const v = value.trim();
  if (v.length <= 2) return '*'.repeat(v.length);
  return v.slice(0, 2) + '*'.repeat(Math.min(v.length - 2, 12));
}

function describe(found: PersonalDataFinding[]): string {
  const parts = found.map((f) => `${KIND_LABELS[f.kind]} (${maskText(f.match)})`);
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
}

/**
 * The Dutch refusal for one field, or null when the text passes. Names the field and the kind of
 * data, with the matched value masked, and says what to do.
 */
export function personalDataMessage(field: string, text: string | null | undefined): string | null {
  const found = findPersonalData(text ?? '');
  if (found.length === 0) return null;
  return `${field} bevat ${describe(found)}. Dossieranalyse slaat geen persoonsgegevens op: laat dit weg en probeer het opnieuw.`;
}

/**
 * One Dutch reason per kind found, for a field whose label is shown beside it already (the
 * interview's text questions). Kept as the codebook's `personalDataIssues`.
 */
export function personalDataIssues(text: string): string[] {
  // No masked value here: the interviewer sees their own text right beside the message.
  return findPersonalData(text).map((f) => `De tekst bevat ${KIND_LABELS[f.kind]}; neem geen persoonsgegevens op.`);
}

/** The first refusal among labelled fields (label, value), or null when all pass. */
export function firstPersonalDataMessage(
  fields: Iterable<readonly [string, string | null | undefined]>,
): string | null {
  for (const [field, value] of fields) {
    const message = personalDataMessage(field, value);
    if (message) return message;
  }
  return null;
}

/** A zod `superRefine` for a string field: `z.string().superRefine(noPersonalData('De naam'))`. */
export function noPersonalData(field: string) {
  return (value: string, ctx: { addIssue: (issue: { code: 'custom'; message: string }) => void }) => {
    const message = personalDataMessage(field, value);
    if (message) ctx.addIssue({ code: 'custom', message });
  };
}
