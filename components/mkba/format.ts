/** Number formats of the uitvoerscherm: whole euros, ratios with two decimals, quantities up to 4. */
export const eur = (v: number | null | undefined) => (v == null || Number.isNaN(v) ? '–' : `€ ${Math.round(v).toLocaleString('nl-NL')}`);
export const ratio = (v: number | null | undefined) => (v == null || Number.isNaN(v) ? '–' : v.toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
export const qty = (v: number) => v.toLocaleString('nl-NL', { maximumFractionDigits: 4 });
