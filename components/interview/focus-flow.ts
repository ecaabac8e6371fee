/**
 * The keyboard flow: Enter (or a one-key answer) moves to the next control marked data-flow.
 * Tab still reaches every control; the flow skips optional detail (ZRM scores) and questions
 * that are not relevant yet, so a typical case takes few key presses.
 */
export function flowElements(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-flow]')].filter((el) => !el.closest('[hidden]'));
}

/**
 * Moves focus at once, in the same event. Callers apply their answer with flushSync first, so
 * what it reveals (A9 after A8 = nee) is already rendered: a fast typist's next key press must
 * land on the next question, and browsers run queued input before timers.
 */
export function focusNext(from: Element | null): void {
  const all = flowElements();
  let current = from?.closest<HTMLElement>('[data-key]') ?? null;
  // If the render replaced the control, its position is that of the control now holding its key
  // (a detached node has no reliable document position).
  if (current && !current.isConnected) {
    const key = current.getAttribute('data-key');
    current = key ? document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`) : null;
  }
  from = current ?? from;
  const i = current ? all.indexOf(current) : -1;
  const target =
    i >= 0 ? all[i + 1] : all.find((el) => from && from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  target?.focus();
}

export function focusKey(key: string): void {
  document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
}

/** Focus on the first open required question (after a reload: where the interview stands), else the first question. */
export function focusFirstOpen(): void {
  const all = flowElements();
  (all.find((el) => el.hasAttribute('data-open')) ?? all[0])?.focus();
}

/**
 * After a grid's rest key: the first question of that table still open (a "nu" after a "ja"), else
 * the first question after the table. Why: the next key must never land in a row already answered.
 */
export function focusAfterTable(table: string): void {
  const el = document.querySelector<HTMLElement>(`table[data-table="${CSS.escape(table)}"]`);
  if (!el) return;
  const all = flowElements();
  const open = all.find((f) => el.contains(f) && f.hasAttribute('data-open'));
  const after = all.find((f) => !el.contains(f) && el.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING);
  (open ?? after)?.focus();
}
