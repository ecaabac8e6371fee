/** Number formats of the uitvoerscherm: whole euros, ratios with two decimals, quantities up to 4. */
export const eur = (v: number | null | undefined) =>
  v == null || Number.isNaN(v) ? '–' : `€ ${Math.round(v).toLocaleString('nl-NL')}`;
export const ratio = (v: number | null | undefined) =>
  v == null || Number.isNaN(v)
    ? '–'
    : v.toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const qty = (v: number) => v.toLocaleString('nl-NL', { maximumFractionDigits: 4 });
/** An interval as "low tot high" in a format, or – when there is none. */
export const between = (
  s: { low: number | null; high: number | null } | null | undefined,
  f: (v: number | null) => string,
) => (s && s.low !== null && s.high !== null ? `${f(s.low)} tot ${f(s.high)}` : '–');
