/**
 * Plain Dutch text for the values in audit entries that are not interview answers: statuses,
 * counts, names. Why: the log stores JSON with internal keys ({"cases":12,"fileSha256":…});
 * people read "12 dossiers". Keys without a Dutch word here are left out, never shown raw.
 */
const KEY_WORDS: Record<string, string> = {
  cases: 'dossiers',
  teams: 'teams',
  caseworkers: 'teamleden',
  caseworker: 'teamlid',
  fileName: 'bestand',
  version: 'versie',
  seed: 'seed',
  status: 'status',
  reason: 'reden',
  rows: 'regels',
  format: 'formaat',
  answers: 'antwoorden',
  name: 'naam',
  value: 'waarde',
  low: 'laag',
  high: 'hoog',
  source: 'bron',
  username: 'gebruiker',
  role: 'rol',
  team: 'team',
  note: 'toelichting',
  reserve: 'reserve',
  dossiernummer: 'dossier',
  strata: 'teamleden',
  cards: 'kaarten',
  edges: 'pijlen',
  households: 'huishoudens',
  clients: 'cliënten',
  municipality: 'gemeente',
  year: 'jaar',
  address: 'adres',
  displayName: 'weergavenaam',
  isAdmin: 'beheerder',
};

const STATUS_WORDS: Record<string, string> = {
  te_bespreken: 'te bespreken',
  besproken: 'besproken (afgerond)',
  reserve_in_gebruik: 'reserve in gebruik',
  reserve: 'reserve',
  onbruikbaar: 'onbruikbaar',
  actief: 'actief',
  gearchiveerd: 'gearchiveerd',
};

export const statusText = (s: unknown): string =>
  typeof s === 'string' ? (STATUS_WORDS[s] ?? s.replace(/_/g, ' ')) : '–';

const nf = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 4 });

/** One scalar as text: numbers in nl-NL, booleans ja/nee, objects and lists not at all (null). */
export function scalarText(v: unknown): string | null {
  if (v === null || v === undefined || v === '') return '–';
  if (typeof v === 'number') return nf.format(v);
  if (typeof v === 'boolean') return v ? 'ja' : 'nee';
  if (typeof v === 'string') return v;
  return null;
}

/** "12 dossiers · 4 teams · bestand kader.xlsx": the known, simple parts of a logged object. */
export function objectText(v: unknown): string {
  if (v === null || v === undefined) return '–';
  const s = scalarText(v);
  if (s !== null) return s;
  if (Array.isArray(v)) return `${v.length} ${v.length === 1 ? 'item' : 'items'}`;
  const parts: string[] = [];
  for (const [k, raw] of Object.entries(v as Record<string, unknown>)) {
    const word = KEY_WORDS[k];
    if (!word) continue;
    const text = k === 'status' ? statusText(raw) : scalarText(raw);
    if (text === null || text === '–') continue;
    parts.push(
      ['cases', 'teams', 'caseworkers', 'rows', 'answers', 'strata', 'cards', 'edges'].includes(k)
        ? `${text} ${word}`
        : `${word} ${text}`,
    );
  }
  return parts.length ? parts.join(' · ') : 'gewijzigd';
}
