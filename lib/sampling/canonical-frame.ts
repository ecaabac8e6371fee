import { createHash } from 'node:crypto';

/** One dossier of the steekproefkader (frame), as far as the draw needs it. */
export type FrameCase = { dossiernummer: string; caseworker: string; team: string };

/** One caseworker's share of the frame, in canonical order. */
export type FrameGroup = {
  caseworker: string;
  /** Majority team of the caseworker (see {@link groupFrame}). */
  team: string;
  /** Dossiernummers in UTF-8 byte order. */
  dossiers: string[];
  /** Team of each dossier, parallel to `dossiers`. */
  teams: string[];
};

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/**
 * Compares two strings by their UTF-8 bytes, like
 * `Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))`.
 * Why: the canonical order must not depend on locale, ICU version or JS's UTF-16 code-unit
 * order, so anyone can rebuild the frame with any tool. UTF-8 byte order equals code-point
 * order, which equals UTF-16 order except around surrogates; those (rare) cases fall back
 * to a real byte comparison, so the result always equals byte order.
 */
export function compareBytes(a: string, b: string): number {
  if (a === b) return 0;
  const len = a.length < b.length ? a.length : b.length;
  let i = 0;
  while (i < len && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i < len) {
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(i);
    if (!isSurrogate(ca) && !isSurrogate(cb)) return ca < cb ? -1 : 1;
  } else if (i === 0 || !isSurrogate(a.charCodeAt(i - 1))) {
    return a.length < b.length ? -1 : 1;
  }
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** Code-unit order; equals byte order when no surrogates are involved. */
const compareUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const SPECIAL = /[\t\n\r\uD800-\uDFFF]/;
const BREAKS = /[\t\n\r]/;

/** Rejects tabs/line breaks (they would make the canonical text ambiguous); reports surrogates. */
function checkField(value: string, label: string): boolean {
  if (!SPECIAL.test(value)) return false;
  if (BREAKS.test(value)) {
    throw new Error(
      `${label} ${JSON.stringify(value)} bevat een tab of regeleinde; dat is niet toegestaan in het steekproefkader.`,
    );
  }
  return true;
}

/** Most frequent team; ties go to the team that is first in byte order. */
function majorityTeam(teams: readonly string[]): string {
  const first = teams[0];
  if (teams.every((t) => t === first)) return first;
  const counts = new Map<string, number>();
  for (const t of teams) counts.set(t, (counts.get(t) ?? 0) + 1);
  let best = first;
  let bestCount = 0;
  for (const [team, count] of counts) {
    if (count > bestCount || (count === bestCount && compareBytes(team, best) < 0)) {
      best = team;
      bestCount = count;
    }
  }
  return best;
}

/** Sorts a caseworker's cases by dossiernummer and rejects duplicates within the caseworker. */
function sortGroup(caseworker: string, dossiers: string[], teams: string[], surrogates: boolean): FrameGroup {
  const mixed = teams.some((t) => t !== teams[0]);
  if (!mixed) {
    // Without surrogates the native default sort (UTF-16 code units) equals byte order.
    if (surrogates) dossiers.sort(compareBytes);
    else dossiers.sort();
  } else {
    const cmp = surrogates ? compareBytes : compareUnits;
    const order = dossiers.map((_, i) => i).sort((i, j) => cmp(dossiers[i], dossiers[j]));
    const sortedTeams = order.map((i) => teams[i]);
    dossiers = order.map((i) => dossiers[i]);
    teams = sortedTeams;
  }
  for (let i = 1; i < dossiers.length; i++) {
    if (dossiers[i] === dossiers[i - 1]) {
      throw new Error(
        `Dossiernummer ${JSON.stringify(dossiers[i])} komt meer dan één keer voor bij teamlid ${JSON.stringify(caseworker)}.`,
      );
    }
  }
  return { caseworker, team: mixed ? majorityTeam(teams) : teams[0], dossiers, teams };
}

/**
 * Groups the frame per caseworker, in canonical order: caseworkers in UTF-8 byte order, each
 * caseworker's dossiernummers in UTF-8 byte order. Why: both the frame hash and the per-stratum
 * draw start from this one order, so the work (one Map pass plus small per-stratum sorts) is
 * done once. The stratum team is the caseworker's most frequent team; ties go to the team that
 * is first in byte order. Throws (Dutch) on an empty frame, a dossiernummer that occurs twice
 * for one caseworker (it would break "without replacement"; uniqueness across the study is
 * the import's job), or a field with a tab or line break.
 */
export function groupFrame(cases: readonly FrameCase[]): FrameGroup[] {
  if (cases.length === 0) throw new Error('Het steekproefkader is leeg: er zijn geen dossiers om uit te trekken.');
  const byCaseworker = new Map<string, { dossiers: string[]; teams: string[] }>();
  let surrogates = false;
  for (const c of cases) {
    if (checkField(c.caseworker, 'Teamlid')) surrogates = true;
    if (checkField(c.dossiernummer, 'Dossiernummer')) surrogates = true;
    checkField(c.team, 'Team');
    const group = byCaseworker.get(c.caseworker);
    if (group) {
      group.dossiers.push(c.dossiernummer);
      group.teams.push(c.team);
    } else {
      byCaseworker.set(c.caseworker, { dossiers: [c.dossiernummer], teams: [c.team] });
    }
  }
  const names = [...byCaseworker.keys()].sort(surrogates ? compareBytes : compareUnits);
  return names.map((name) => {
    const g = byCaseworker.get(name)!;
    return sortGroup(name, g.dossiers, g.teams, surrogates);
  });
}

/** The canonical lines of one caseworker (see {@link canonicalFrameText}). */
function groupText(g: FrameGroup): string {
  const first = g.teams[0];
  if (g.teams.every((t) => t === first)) {
    const prefix = `${g.caseworker}\t${first}\t`;
    return `${prefix}${g.dossiers.join(`\n${prefix}`)}\n`;
  }
  let text = '';
  for (let i = 0; i < g.dossiers.length; i++) text += `${g.caseworker}\t${g.teams[i]}\t${g.dossiers[i]}\n`;
  return text;
}

/**
 * Canonical frame serialisation (version 1), the exact input of the frame hash:
 *
 * - all frame cases of the study (not only the selected caseworkers);
 * - sorted by caseworker, then by dossiernummer, both compared by their UTF-8 bytes
 *   (plain byte order, no locale: `"Z" < "a" < "é"`, `"0012" < "012" < "12"`);
 * - one line per case: `caseworker + "\t" + team + "\t" + dossiernummer + "\n"`, where team is
 *   that case's own team; values exactly as stored (no trimming, leading zeros kept);
 * - encoded as UTF-8, no header line, no byte-order mark; the last line also ends in "\n".
 *
 * Fields may not contain a tab, CR or LF (rejected with an error); a dossiernummer may occur only
 * once per caseworker. A lone (unpaired) surrogate is encoded as U+FFFD, as Node does.
 * Why: anyone holding the frame can rebuild this text (e.g. with `LC_ALL=C sort`) and check
 * the SHA-256 in the draw certificate without this code.
 */
export function canonicalFrameText(cases: readonly FrameCase[]): string {
  return groupFrame(cases).map(groupText).join('');
}

/** Lowercase hex SHA-256 of the canonical text of already grouped frame cases. */
export function hashGroups(groups: readonly FrameGroup[]): string {
  const hash = createHash('sha256');
  for (const g of groups) hash.update(groupText(g), 'utf8');
  return hash.digest('hex');
}

/**
 * Lowercase hex SHA-256 of {@link canonicalFrameText}. Why: the draw certificate pins the exact
 * frame a sample was drawn from; any later change to the frame changes this value.
 */
export function frameSha256(cases: readonly FrameCase[]): string {
  return hashGroups(groupFrame(cases));
}
