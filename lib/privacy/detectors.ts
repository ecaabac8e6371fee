/**
 * Detectors for numbers that identify people: BSNs and Dutch phone numbers, in free text and in
 * imported cells. The tool holds no personal data (domain.md §3, §4F): dossiers are identified by
 * dossiernummer only. Dependency-free so the browser (interview notes) and the server share them.
 * E-mail addresses, dates and street addresses are in text-patterns.ts; guard.ts combines all.
 */

// Space, dot, dash, slash or underscore, or a thousands comma ("111,222,333"): a comma followed by
// anything but exactly three digits is a decimal comma ("1.234,56") and ends the run.
const SEPARATOR = /[ .\-\/_]{1,3}|,(?=\d{3}(?!\d))/y;
const GROUP = /\+?\(?\d+\)?/y;

/**
 * True for a 9-digit string that passes the BSN 11-check.
 * Why: the frame import and the notes must refuse anything that could be a citizen service number.
 * Surrounding whitespace is ignored; an 8-digit value is NOT padded with a leading zero (a BSN
 * always has 9 digits, and padding would flag ordinary 8-digit numbers). Numbers are accepted
 * because spreadsheet cells often arrive as numbers.
 */
export function isBsn(value: string | number): boolean {
  if (typeof value === 'number' && !Number.isSafeInteger(value)) return false;
  const s = String(value).trim();
  if (!/^\d{9}$/.test(s)) return false;
  if (/^0+$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(s[i]) * (9 - i);
  sum -= Number(s[8]);
  return sum % 11 === 0;
}

/**
 * The letter O written for a zero next to digits ("O6-12345678", "2O18") read as 0, keeping every
 * position, so a match can be cut from the original text. An O inside a word stays a letter.
 */
export function zeroForLetterO(text: string): string {
  return text.replace(/(?<!\p{L})[Oo](?=[\d\s.\-_\/]{0,2}\d)|(?<=\d)[Oo](?!\p{L})/gu, '0');
}

interface Group {
  text: string;
  start: number;
  end: number;
}

/**
 * Runs of digit groups separated by a short separator ("123 456 789", "06 - 1234 5678",
 * "111_222_333"); a group may be wrapped in parentheses ("(050)1234567") and the first may start
 * with "+". Why: BSNs and phone numbers are often written grouped.
 */
function digitRuns(text: string): Group[][] {
  const runs: Group[][] = [];
  const matchAt = (re: RegExp, pos: number): string | null => {
    re.lastIndex = pos;
    const m = re.exec(text);
    return m ? m[0] : null;
  };
  let i = 0;
  while (i < text.length) {
    const first = matchAt(GROUP, i);
    // A run must not start inside a number ("12,5" or the tail of a longer run).
    if (!first || (i > 0 && /[\d,]/.test(text[i - 1]))) {
      i++;
      continue;
    }
    const groups: Group[] = [{ text: first, start: i, end: i + first.length }];
    let pos = i + first.length;
    for (;;) {
      const sep = matchAt(SEPARATOR, pos) ?? (groups[groups.length - 1].text.endsWith(')') ? '' : null);
      if (sep === null) break;
      const next = matchAt(GROUP, pos + sep.length);
      if (!next || next.startsWith('+')) break;
      groups.push({ text: next, start: pos + sep.length, end: pos + sep.length + next.length });
      pos += sep.length + next.length;
    }
    runs.push(groups);
    i = pos;
  }
  return runs;
}

interface Span {
  digits: string;
  plus: boolean;
  start: number;
  end: number;
}

/** Every digit string formed by consecutive groups of a run, with whether it started with "+". */
function* groupSpans(text: string): Generator<Span> {
  for (const groups of digitRuns(zeroForLetterO(text))) {
    for (let start = 0; start < groups.length; start++) {
      let digits = '';
      for (let end = start; end < groups.length && digits.length <= 14; end++) {
        digits += groups[end].text.replace(/\D/g, '');
        yield { digits, plus: groups[start].text.startsWith('+'), start: groups[start].start, end: groups[end].end };
      }
    }
  }
}

/**
 * The first 9-digit number (optionally grouped like "1234.56.789" or "111,222,333") that passes
 * the BSN 11-check, as written in the text, or null. Why: free text must not carry citizen
 * service numbers; numbers that fail the check (amounts, dossier numbers) are allowed.
 */
export function findBsn(text: string): string | null {
  for (const s of groupSpans(text)) {
    if (!s.plus && s.digits.length === 9 && isBsn(s.digits)) return text.slice(s.start, s.end);
  }
  return null;
}

export const containsBsnLike = (text: string): boolean => findBsn(text) !== null;

function isDutchPhone(digits: string, plus: boolean): boolean {
  if (plus || digits.startsWith('00')) {
    const national = plus ? digits : digits.slice(2);
    if (!national.startsWith('31')) return false;
    const rest = national.slice(2).replace(/^0/, ''); // "+31 (0)6 …" writes the trunk zero
    return rest.length === 9 && rest[0] !== '0';
  }
  return digits.length === 10 && digits[0] === '0' && digits[1] !== '0';
}

/**
 * The first Dutch phone number in the text, or null: 06-12345678, 0612345678, 06_12345678,
 * O6-12345678 (letter O), 050-1234567, (050) 1234567, +31 6 12345678, 0031 6 12345678,
 * +31 (0)6 12345678. Why: phone numbers identify people.
 */
export function findPhone(text: string): string | null {
  for (const s of groupSpans(text)) {
    if (isDutchPhone(s.digits, s.plus)) return text.slice(s.start, s.end);
  }
  return null;
}

export const containsPhone = (text: string): boolean => findPhone(text) !== null;

export { containsEmail } from './text-patterns';
