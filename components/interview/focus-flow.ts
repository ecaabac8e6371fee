/**
 * The keyboard flow: Enter (or a one-key answer) moves to the next control marked data-flow.
 * Tab still reaches every control; the flow skips optional detail (ZRM scores) and questions
 * that are not relevant yet, so a typical case takes few key presses.
 */
export function flowElements(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-flow]')].filter((el) => !el.closest('[hidden]'));
}

export function focusNext(from: Element | null): void {
  // Wait for React to render what the answer just revealed (e.g. A9 after A8 = nee).
  setTimeout(() => {
    const all = flowElements();
    const current = from?.closest<HTMLElement>('[data-flow]') ?? null;
    const i = current ? all.indexOf(current) : -1;
    const target = i >= 0 ? all[i + 1] : all.find((el) => from && (from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING));
    target?.focus();
  }, 0);
}

export function focusKey(key: string): void {
  document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
}
