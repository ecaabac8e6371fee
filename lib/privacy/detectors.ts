/**
 * Detectors for personal data in free text and imported cells.
 *
 * The tool holds no personal data (domain.md §3, §4F): dossiers are identified by dossiernummer
 * only. These checks are deliberately small and dependency-free so the frame import and the
 * interview notes can share them.
 */

const SEPARATOR = /[ .\-\/]{1,3}/y;
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
 * Runs of digit groups separated by a short separator (space, dot, dash, slash: "123 456 789",
 * "06 - 1234 5678"); a group may be wrapped in parentheses ("(050)1234567") and the first may
 * start with "+". Why: BSNs and phone numbers are often written grouped.
 */
function digitRuns(text: string): string[][] {
  const runs: string[][] = [];
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
    const groups = [first];
    let pos = i + first.length;
    for (;;) {
      const sep = matchAt(SEPARATOR, pos) ?? (groups[groups.length - 1].endsWith(')') ? '' : null);
      if (sep === null) break;
      const next = matchAt(GROUP, pos + sep.length);
      if (!next || next.startsWith('+')) break;
      groups.push(next);
      pos += sep.length + next.length;
    }
    runs.push(groups);
    i = pos;
  }
  return runs;
}

/** Every digit string formed by consecutive groups of a run, with whether it started with "+". */
function* groupSpans(text: string): Generator<{ digits: string; plus: boolean }> {
  for (const groups of digitRuns(text)) {
    for (let start = 0; start < groups.length; start++) {
      let digits = '';
      for (let end = start; end < groups.length && digits.length <= 14; end++) {
        digits += groups[end].replace(/\D/g, '');
        yield { digits, plus: groups[start].startsWith('+') };
      }
    }
  }
}

/**
 * True when the text holds a 9-digit number (optionally grouped like "1234.56.789") that
 * passes the BSN 11-check. Why: notes must not carry citizen service numbers; numbers that fail
 * the check (amounts, dossier numbers) are allowed.
 */
export function containsBsnLike(text: string): boolean {
  for (const { digits, plus } of groupSpans(text)) {
    if (!plus && digits.length === 9 && isBsn(digits)) return true;
  }
  return false;
}

/** True when the text holds an e-mail address. Why: e-mail addresses identify people. */
export function containsEmail(text: string): boolean {
  return /[\p{L}\d._%+\-]+@[\p{L}\d\-]+(?:\.[\p{L}\d\-]+)*\.\p{L}{2,}/u.test(text);
}

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
 * True when the text holds a Dutch phone number: 06-12345678, 0612345678, 050-1234567,
 * (050) 1234567, +31 6 12345678, 0031 6 12345678, +31 (0)6 12345678.
 * Why: phone numbers identify people; the notes are for the case, not for contact details.
 */
export function containsPhone(text: string): boolean {
  for (const { digits, plus } of groupSpans(text)) {
    if (isDutchPhone(digits, plus)) return true;
  }
  return false;
}
