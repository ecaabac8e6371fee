const dec = (digits: number) => new Intl.NumberFormat('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const two = dec(2);
const pct = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 });

/** Dutch decimals (0,15) for estimates; a dash where there is no value (e.g. no variance estimate). */
export const formatNumber = (v: number | null | undefined, digits = 2): string => (v == null ? '–' : digits === 2 ? two.format(v) : dec(digits).format(v));
export const formatPercent = (v: number | null | undefined): string => (v == null ? '–' : pct.format(v));
export const formatInterval = (lo: number | null | undefined, hi: number | null | undefined, asPercent = false): string =>
  lo == null || hi == null ? '–' : asPercent ? `${pct.format(lo)} – ${pct.format(hi)}` : `${two.format(lo)} – ${two.format(hi)}`;
