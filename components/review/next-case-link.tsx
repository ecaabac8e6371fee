'use client';

import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { REVIEW_STEP_DONE } from './confirm-dialog';

/**
 * "Volgende dossier": the next case in the review list that needs attention. After approving or
 * asking, it takes the focus and says so, so one Enter opens the next case.
 */
export function NextCaseLink({
  href,
  dossiernummer,
  remaining,
  listHref,
}: {
  href: string | null;
  dossiernummer: string | null;
  remaining: number;
  listHref: string;
}) {
  const ref = useRef<HTMLAnchorElement>(null);
  const listRef = useRef<HTMLAnchorElement>(null);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    const onDone = (e: Event) => {
      setDone((e as CustomEvent<string>).detail);
      // Once the confirmation dialog has closed: while a modal dialog is open the rest of the page is inert,
      // and on closing it returns the focus to the button that opened it.
      let tries = 0;
      const focus = () => {
        const target = ref.current ?? listRef.current;
        if (target && !document.querySelector('dialog[open]')) {
          target.focus();
          if (document.activeElement === target) return;
        }
        if (++tries < 60) requestAnimationFrame(focus);
      };
      requestAnimationFrame(focus);
    };
    window.addEventListener(REVIEW_STEP_DONE, onDone);
    return () => window.removeEventListener(REVIEW_STEP_DONE, onDone);
  }, []);
  return (
    <div className={`next-case${done ? ' done' : ''}`} data-next-case={dossiernummer ?? ''}>
      {done && <span role="status">{done} </span>}
      {href ? (
        <Link ref={ref} id="volgende-dossier" href={href} className="button" aria-keyshortcuts="Enter">
          Volgende dossier: {dossiernummer} →
        </Link>
      ) : (
        <Link ref={listRef} href={listHref} className="button secondary">
          Geen dossiers meer te beoordelen — terug naar de lijst
        </Link>
      )}
      {href && (
        <span className="small muted">
          {' '}
          nog {remaining} te beoordelen{done ? ' · Enter opent het' : ''}
        </span>
      )}
    </div>
  );
}
