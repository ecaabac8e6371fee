'use client';

import Link from 'next/link';
import type { AutosaveSnapshot } from '@/lib/autosave';
import type { SessionPosition } from '@/lib/interview/session-position';
import { SaveStatus } from './save-status';
import { CaseClock } from './pace-clock';
import { SectionNav } from './section-nav';

export interface SessionInfo extends SessionPosition {
  caseworkerId: number;
  /** Every case of the session (the session clock is the sum of their clocks). */
  itemIds: number[];
  prevUrl: string | null;
  nextUrl: string | null;
}

/** The sticky bar: which case (and where in the session), the save state, the clocks and the section keys. */
export function InterviewBar({
  studyId,
  itemId,
  dossiernummer,
  session,
  snapshot,
  labelOf,
  onRetry,
  titles,
  prefix,
  onJump,
}: {
  studyId: number;
  itemId: number;
  dossiernummer: string;
  session: SessionInfo;
  snapshot: AutosaveSnapshot | null;
  labelOf: (key: string) => string;
  onRetry: () => void;
  titles: Record<string, string>;
  prefix: boolean;
  onJump: (id: string) => void;
}) {
  return (
    <div className="interview-bar" aria-live="polite">
      <strong>Dossier {dossiernummer}</strong>
      <span className="case-position" data-position="">
        {session.prevUrl ? (
          <Link href={session.prevUrl} rel="prev" aria-label="Vorig dossier">
            ‹ vorige
          </Link>
        ) : (
          <span className="muted">‹ vorige</span>
        )}{' '}
        <span>
          dossier {session.index} van {session.total}
        </span>{' '}
        {session.nextUrl ? (
          <Link href={session.nextUrl} rel="next" aria-label="Volgend dossier">
            volgende ›
          </Link>
        ) : (
          <span className="muted">volgende ›</span>
        )}
      </span>
      <SaveStatus snapshot={snapshot} labelOf={labelOf} onRetry={onRetry} />
      {snapshot?.state === 'expired' && (
        <span className="alert warn" role="alert" data-session-expired="">
          Je sessie is verlopen. Je antwoorden staan veilig in deze browser.{' '}
          <a href={`/inloggen?terug=${encodeURIComponent(window.location.pathname)}&verlopen=1`}>Opnieuw inloggen</a> en
          ze worden verstuurd.
        </span>
      )}
      <CaseClock studyId={studyId} itemId={itemId} sessionIds={session.itemIds} />
      <span className="small muted">
        <kbd>?</kbd> sneltoetsen · <kbd>Ctrl</kbd>+<kbd>Enter</kbd> afronden
      </span>
      <SectionNav titles={titles} prefix={prefix} onJump={onJump} />
    </div>
  );
}
