/**
 * Column recognition for case-list (frame) files. Registration systems export headers in many
 * spellings ("Dossier nr.", "Medewerker", "Wijk"), so headers are normalised before matching,
 * and columns that look like personal data are refused rather than ignored.
 */
export const FRAME_FIELDS = ['dossiernummer', 'teamlid', 'team', 'huishoudtype', 'startdatum', 'status'] as const;
export type FrameField = (typeof FRAME_FIELDS)[number];
export const REQUIRED_FIELDS: readonly FrameField[] = ['dossiernummer', 'teamlid', 'team'];

/** Lower case, accents stripped, everything but letters and digits removed: "Dossier nr." → "dossiernr". */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const ALIASES: Record<FrameField, string[]> = {
  dossiernummer: [
    'dossiernummer',
    'dossiernr',
    'dossier',
    'dossierid',
    'dossiercode',
    'casusnummer',
    'casusnr',
    'casus',
    'casusid',
    'zaaknummer',
    'zaaknr',
    'dossiernummers',
  ],
  teamlid: [
    'teamlid',
    'medewerker',
    'generalist',
    'casemanager',
    'consulent',
    'hulpverlener',
    'behandelaar',
    'naammedewerker',
    'medewerkernaam',
    'teamlidnaam',
    'naamteamlid',
    'regievoerder',
    'wijkwerker',
  ],
  team: ['team', 'wijk', 'wijkteam', 'teamnaam', 'gebied', 'gebiedsteam', 'wijteam', 'locatie', 'naamteam'],
  huishoudtype: ['huishoudtype', 'huishoudentype', 'typehuishouden', 'huishouden', 'doelgroep'],
  startdatum: [
    'startdatum',
    'begindatum',
    'datumaanvang',
    'aanvangsdatum',
    'aanvang',
    'startdatumdossier',
    'datumstart',
    'start',
  ],
  status: ['status', 'dossierstatus', 'statusdossier'],
};

const ALIAS_LOOKUP = new Map<string, FrameField>(
  Object.entries(ALIASES).flatMap(([field, names]) => names.map((n) => [n, field as FrameField] as const)),
);

/** Normalised fragments that mark a column as personal data (domain.md §3). */
const PERSONAL_FRAGMENTS = [
  'naam',
  'bsn',
  'burgerservicenummer',
  'sofinummer',
  'adres',
  'straat',
  'huisnummer',
  'postcode',
  'woonplaats',
  'geboortedatum',
  'geboren',
  'geboorte',
  'telefoon',
  'telefoonnummer',
  'telnr',
  'mobiel',
  'email',
  'emailadres',
  'mail',
  'iban',
  'rekeningnummer',
  'voorletters',
  'achternaam',
  'voornaam',
];

export type ColumnStatus = 'gebruikt' | 'genegeerd' | 'geweigerd' | 'dubbel';

export interface ColumnMapping {
  /** 0-based column index in the file. */
  index: number;
  /** The header as written in the file. */
  header: string;
  field: FrameField | null;
  status: ColumnStatus;
}

export function fieldForHeader(header: string): FrameField | null {
  return ALIAS_LOOKUP.get(normalizeHeader(header)) ?? null;
}

export function isPersonalDataHeader(header: string): boolean {
  const n = normalizeHeader(header);
  return n.length > 0 && PERSONAL_FRAGMENTS.some((f) => n.includes(f));
}

/** Maps each header cell to a field; known fields win over the personal-data check ("naam medewerker" is the teamlid). */
export function mapHeaders(headers: string[]): ColumnMapping[] {
  const seen = new Set<FrameField>();
  return headers.map((raw, index) => {
    const header = raw.trim();
    const field = fieldForHeader(header);
    if (field) {
      const status: ColumnStatus = seen.has(field) ? 'dubbel' : 'gebruikt';
      seen.add(field);
      return { index, header, field, status };
    }
    if (isPersonalDataHeader(header)) return { index, header, field: null, status: 'geweigerd' };
    return { index, header, field: null, status: 'genegeerd' };
  });
}

/** How many required fields a candidate header row recognises; used to find the header below title rows. */
export function requiredFieldScore(headers: string[]): number {
  const found = new Set(headers.map(fieldForHeader).filter((f): f is FrameField => f !== null));
  return REQUIRED_FIELDS.filter((f) => found.has(f)).length;
}

export const FIELD_LABELS: Record<FrameField, string> = {
  dossiernummer: 'dossiernummer',
  teamlid: 'teamlid',
  team: 'team',
  huishoudtype: 'huishoudtype',
  startdatum: 'startdatum',
  status: 'status',
};
