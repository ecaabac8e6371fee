'use client';

import { useEffect, useRef, useState } from 'react';
import { keepAhead } from './scroll-ahead';
import { currentSection, focusByKey, focusedKey, jumpToSection } from './section-jump';

export const SECTION_IDS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
/** The prefix key: `.` then a section letter; `.` `t` goes back. No answer uses `.`. */
export const PREFIX = '.';

const isTyping = (t: EventTarget | null) =>
  (t instanceof HTMLInputElement && t.type !== 'checkbox' && t.type !== 'radio') || t instanceof HTMLTextAreaElement;

/**
 * Navigation keys of the case page, collision-free with the answer keys (letters, digits, `-`):
 * Alt+1…6 jump to section A–F from any field, also a text field; `.` then a letter does the same
 * outside text fields; Alt+0 or `.` `t` returns to where the last jump started; `/` opens the
 * type-ahead to a leefgebied or escalation type. Every focus keeps the next two questions in view.
 */
export function useNavKeys(onFind: (scope: string | null, from: string | null) => void) {
  const [prefix, setPrefix] = useState(false);
  const prefixRef = useRef(false);
  const back = useRef<string | null>(null);
  const setP = (v: boolean) => {
    prefixRef.current = v;
    setPrefix(v);
  };

  function jump(id: string) {
    const from = focusedKey();
    if (jumpToSection(id) && from) back.current = from;
  }
  function goBack() {
    const target = back.current;
    if (!target) return;
    back.current = focusedKey();
    focusByKey(target);
  }

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (prefixRef.current) {
        // The key after the prefix is ours, before any control sees it (`d` must not answer "deels").
        if (['Shift', 'Alt', 'Control', 'Meta'].includes(e.key)) return;
        e.preventDefault();
        e.stopPropagation();
        setP(false);
        const k = e.key.toUpperCase();
        if ((SECTION_IDS as readonly string[]).includes(k)) jump(k);
        else if (k === 'T') goBack();
        return;
      }
      if (e.altKey && !e.ctrlKey && !e.metaKey && /^Digit[0-6]$/.test(e.code)) {
        e.preventDefault();
        e.stopPropagation();
        const n = Number(e.code.slice(5));
        if (n === 0) goBack();
        else jump(SECTION_IDS[n - 1]);
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target) || e.defaultPrevented) return;
      if (!(e.target instanceof Element) || (e.target !== document.body && !e.target.closest('.interview'))) return;
      if (e.key === PREFIX) {
        e.preventDefault();
        e.stopPropagation();
        setP(true);
      } else if (e.key === '/') {
        e.preventDefault();
        e.stopPropagation();
        const from = focusedKey();
        onFind(currentSection(), from);
      }
    }
    function onFocus(e: FocusEvent) {
      if (e.target instanceof HTMLElement && e.target.closest('.interview-grid')) keepAhead(e.target);
    }
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('focusin', onFocus);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('focusin', onFocus);
    };
  });

  /** Called after a type-ahead jump, so "terug" returns to where it started. */
  const rememberFrom = (from: string | null) => {
    if (from) back.current = from;
  };
  return { prefix, jump, goBack, rememberFrom, cancelPrefix: () => setP(false) };
}
