import { flowElements } from './focus-flow';
import { keepAhead } from './scroll-ahead';

/** The first open question of a section, else its first question (or the add-row button of C). */
export function sectionTarget(id: string): HTMLElement | null {
  const sec = document.querySelector<HTMLElement>(`section[data-section="${CSS.escape(id)}"]`);
  if (!sec) return null;
  const inSec = flowElements().filter((el) => sec.contains(el));
  return inSec.find((el) => el.hasAttribute('data-open')) ?? inSec[0] ?? null;
}

function focusWithHeading(el: HTMLElement, heading: HTMLElement | null) {
  el.focus({ preventScroll: true });
  keepAhead(el, heading);
}

export function jumpToSection(id: string): boolean {
  const el = sectionTarget(id);
  if (!el) return false;
  focusWithHeading(el, document.getElementById(`sec-${id}`));
  return true;
}

/** Focuses a grid row (a leefgebied, an escalation type): its first open question, else its first. */
export function jumpToRow(table: string, rowId: string): boolean {
  const tr = document.querySelector<HTMLElement>(
    `table[data-table="${CSS.escape(table)}"] tr[data-row="${CSS.escape(rowId)}"]`,
  );
  if (!tr) return false;
  const inRow = flowElements().filter((el) => tr.contains(el));
  const el = inRow.find((f) => f.hasAttribute('data-open')) ?? inRow[0];
  if (!el) return false;
  focusWithHeading(el, null);
  return true;
}

/** The section holding the focus ('A'…'F'), if any. */
export function currentSection(): string | null {
  return document.activeElement?.closest<HTMLElement>('section[data-section]')?.dataset.section ?? null;
}

/** Where the focus is, by answer key, so "terug" finds it again after a re-render. */
export function focusedKey(): string | null {
  const el = document.activeElement;
  return el instanceof HTMLElement
    ? (el.closest<HTMLElement>('[data-key]')?.dataset.key ??
        (el.matches('.add-row') ? `add:${el.dataset.addRow ?? ''}` : null))
    : null;
}

export function focusByKey(key: string): boolean {
  const el = key.startsWith('add:')
    ? document.querySelector<HTMLElement>(`[data-add-row="${CSS.escape(key.slice(4))}"]`)
    : document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
  if (!el) return false;
  focusWithHeading(el, null);
  return true;
}
