const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const dateTime = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Amsterdam',
});

/** Dutch thousands separators (2.500), as the report and its readers write them. */
export const formatInt = (n: number): string => integer.format(n);
export const formatDateTime = (ms: number): string => dateTime.format(new Date(ms));
export const plural = (n: number, one: string, many: string): string => `${formatInt(n)} ${n === 1 ? one : many}`;
