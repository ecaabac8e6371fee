/**
 * "Dossier 3 van 12": a case's place in its session, in the order of the session page, counting
 * the cases that are (or were) to be discussed; unusable cases are left out, as on that page.
 */
export interface SessionPosition {
  index: number;
  total: number;
  prevId: number | null;
  nextId: number | null;
}

export function sessionPosition(
  cases: readonly { id: number; status: string }[],
  currentId: number,
): SessionPosition | null {
  const open = cases.filter((c) => c.status !== 'onbruikbaar');
  const i = open.findIndex((c) => c.id === currentId);
  if (i < 0) return null;
  return { index: i + 1, total: open.length, prevId: open[i - 1]?.id ?? null, nextId: open[i + 1]?.id ?? null };
}
