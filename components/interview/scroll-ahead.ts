import { flowElements } from './focus-flow';

/** Space kept between the questions in view and the edges (and the sticky bar). */
export const SCROLL_MARGIN = 24;

/**
 * Scrolls so the focused question and the next two of the keyboard flow are in view, with a
 * margin, instead of leaving the focus on the bottom edge. `heading`: also show this section
 * heading when it fits (after a section jump). The focused question itself always stays in view.
 */
export function keepAhead(el: HTMLElement, heading?: HTMLElement | null): void {
  const all = flowElements();
  const i = all.indexOf(el);
  // A control outside the flow (a ZRM score reached by Tab): the flow questions after it.
  const ahead =
    i >= 0
      ? all.slice(i + 1, i + 3)
      : all.filter((f) => el.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING).slice(0, 2);
  const bar = document.querySelector('.interview-bar')?.getBoundingClientRect().height ?? 0;
  const top = bar + SCROLL_MARGIN;
  const bottom = window.innerHeight - SCROLL_MARGIN;
  const r = el.getBoundingClientRect();
  const lastBottom = Math.max(r.bottom, ...ahead.map((a) => a.getBoundingClientRect().bottom));
  let dy = 0;
  if (heading) dy = heading.getBoundingClientRect().top - top;
  else if (r.top < top) dy = r.top - top;
  if (lastBottom - dy > bottom) dy = lastBottom - bottom;
  if (r.top - dy < top) dy = r.top - top;
  if (Math.abs(dy) >= 1) window.scrollBy({ top: dy, behavior: 'instant' });
}
