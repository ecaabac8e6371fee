const dec = (digits: number) =>
  new Intl.NumberFormat('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const two = dec(2);
const pct = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 });

const small = new Intl.NumberFormat('nl-NL', { maximumSignificantDigits: 2 });

/**
 * Dutch decimals (0,15) for estimates; a dash where there is no value (e.g. no variance
 * estimate). Below 0,05 two significant digits (0,0042), so a rare event does not read as 0,00.
 */
export const formatNumber = (v: number | null | undefined, digits = 2): string =>
  v == null
    ? '–'
    : digits !== 2
      ? dec(digits).format(v)
      : v !== 0 && Math.abs(v) < 0.05
        ? small.format(v)
        : two.format(v);
export const formatPercent = (v: number | null | undefined): string => (v == null ? '–' : pct.format(v));
export const formatInterval = (
  lo: number | null | undefined,
  hi: number | null | undefined,
  asPercent = false,
): string =>
  lo == null || hi == null
    ? '–'
    : asPercent
      ? `${pct.format(lo)} – ${pct.format(hi)}`
      : `${formatNumber(lo)} – ${formatNumber(hi)}`;

const KIND_TEXT = {
  logit: 'aandelen op logitschaal',
  log: 'aantallen per huishouden op logschaal',
  t: 'netto verbetering symmetrisch',
} as const;

/** The method beside a table of intervals: t on the design df, and the scale of each kind present. */
export function intervalMethodText(
  kinds: readonly (keyof typeof KIND_TEXT | undefined)[],
  df: number | null | undefined,
): string {
  const present = (['logit', 'log', 't'] as const).filter((k) => kinds.includes(k));
  return `95%-BI uit het steekproefontwerp: t-verdeling met ${df ?? '–'} vrijheidsgraden (dossiers min teamleden)${present.length ? `; ${present.map((k) => KIND_TEXT[k]).join(', ')}` : ''}.`;
}
