/**
 * Text patterns that identify people: e-mail addresses (also written "[at]" or without a
 * top-level domain), dates (a date of birth is personal data; a full date in free text may be
 * one), and street addresses (street name + house number, or a postcode). Each finder returns the
 * matched text, so the guard can mask exactly that part. Tuned against ordinary study text:
 * "WIJ-team Beijum 2018", "€ 76.302 per fte", "jan 2018" and trajectory names pass.
 */

const LOCAL = String.raw`[\p{L}\d._%+\-]+`;
const LABEL = String.raw`[\p{L}\d\-]+`;
const OPEN = String.raw`[\[({<]\s*`;
const CLOSE = String.raw`\s*[\])}>]`;
/** "@" (" @ " with spaces on both sides), "[at]", "(at)", "{apenstaart}"; a bare " at " does not count. */
const AT = String.raw`(?:@|\s+@\s+|\s*${OPEN}(?:at|@|apenstaart)${CLOSE}\s*)`;
const DOT = String.raw`(?:\.|\s*${OPEN}(?:dot|punt)${CLOSE}\s*)`;
// The domain needs two characters: "a@b" and "@wijkagent" are not addresses; "jan@example" is.
const EMAIL = new RegExp(String.raw`(?<![\p{L}\d._%+\-])${LOCAL}${AT}[\p{L}\d][\p{L}\d\-]+(?:${DOT}${LABEL})*`, 'iu');

/** The first e-mail address in the text, or null. Why: e-mail addresses identify people. */
export function findEmail(text: string): string | null {
  const m = EMAIL.exec(text);
  return m ? m[0].replace(/[.\-]+$/, '') : null;
}

export const containsEmail = (text: string): boolean => findEmail(text) !== null;

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const MONTH = '(?:0?[1-9]|1[0-2])';
const DATE_PATTERNS = [
  // 12-03-1984, 12/3/84, 12.03.1984, 12_03_1984 (one separator kind throughout)
  new RegExp(`(?<![\\d.,])${DAY}\\s?([-./_])\\s?${MONTH}\\s?\\1\\s?(?:(?:19|20)\\d{2}|\\d{2})(?![\\d.,]\\d)`, 'u'),
  // 1984-03-12
  new RegExp(`(?<![\\d.,])(?:19|20)\\d{2}([-./])${MONTH}\\1${DAY}(?![\\d.,]\\d)`, 'u'),
  // 12 maart 1984, 12 mrt. 1984
  new RegExp(`(?<![\\d.,])${DAY}\\s*(?:${MONTHS})\\.?\\s*(?:19|20)\\d{2}(?!\\d)`, 'iu'),
  // geboren in 1984, geb. 3-1984, geboortedatum: …, geboortejaar 1984
  /\b(?:geboren|geb\.|geboortedatum|geboortejaar|geb\.\s*datum|d\.o\.b\.?|date of birth)\s*(?:op|in|:)?\s*\d[\d\s\-./]*/iu,
];

/**
 * The first full date (day, month and year) or birth statement in the text, or null. Why: a date
 * of birth identifies a person, and a full date in a note about a household may well be one; a
 * month and year ("03-2019", "jan 2018") are enough for the study and pass.
 */
export function findDate(text: string): string | null {
  for (const re of DATE_PATTERNS) {
    const m = re.exec(text);
    if (m) return m[0].trim();
  }
  return null;
}

const SUFFIXES =
  'straat|straatweg|laan|weg|plein|kade|gracht|singel|dreef|dijk|steeg|pad|hof|markt|plantsoen|erf|wal|boulevard|allee|park|gaarde|hoven|poort|zijl|dwarsweg|rade|oord';
/** Words after a number that make it a count, not a house number ("onderweg 3 jaar"). */
const UNITS =
  'jaar|jaren|keer|maal|uur|uren|min|minuten|maand|maanden|week|weken|dag|dagen|kinderen|kind|personen|persoon|mensen|gezinnen|huishoudens|dossiers|cases|cliënten|clienten|trajecten|fte|euro|eur|procent|%|x|km|m|meter|kilometer|punten|stuks';
const POSTCODE = String.raw`[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}(?![\p{L}\d])`;
const STREET = new RegExp(
  String.raw`(?<![\p{L}])\p{L}[\p{L}'’\-]+(?:${SUFFIXES})\.?\s+(\d{1,4})(?!\d)((?:-?[a-zA-Z](?![\p{L}]))|(?:\s?-\s?\d{1,3}(?!\d))|(?:\s?(?:bis|hs|huis)(?![\p{L}])))?(?!\s*(?:${UNITS})(?![\p{L}]))(?![\d.,]\d)((?:\s*,?\s*${POSTCODE}))?`,
  'iu',
);
const POSTCODE_ALONE = new RegExp(String.raw`(?<![\p{L}\d.,])${POSTCODE}`, 'u');

/**
 * The first street address (street name ending in straat, weg, laan, plein, …, with a house number,
 * optionally an addition and a postcode) or Dutch postcode ("9712 AB") in the text, or null.
 * A year after a place name ("Oosterpark 2018") is not read as a house number.
 */
export function findAddress(text: string): string | null {
  const re = new RegExp(STREET.source, 'giu');
  for (const m of text.matchAll(re)) {
    const [, number, addition, postcode] = m;
    const isYear = number.length === 4 && /^(19|20)\d{2}$/.test(number);
    if (isYear && !addition && !postcode) continue;
    return m[0].trim();
  }
  const p = POSTCODE_ALONE.exec(text);
  return p ? p[0] : null;
}
