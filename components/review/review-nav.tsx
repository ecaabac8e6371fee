import Link from 'next/link';

const TABS = [
  { path: 'beoordeling', label: 'Beoordeling' },
  { path: 'vragen', label: 'Open vragen' },
  { path: 'audit', label: 'Audittrail' },
] as const;

/** The review pages' own navigation, for team leads and researchers alike. */
export function ReviewNav({
  studyId,
  current,
  openQuestions,
}: {
  studyId: number;
  current: (typeof TABS)[number]['path'];
  openQuestions?: number;
}) {
  return (
    <nav className="review-nav" aria-label="Beoordeling">
      {TABS.map((t) => (
        <Link
          key={t.path}
          href={`/onderzoeken/${studyId}/${t.path}`}
          aria-current={t.path === current ? 'page' : undefined}
        >
          {t.label}
          {t.path === 'vragen' && openQuestions != null ? ` (${openQuestions})` : ''}
        </Link>
      ))}
    </nav>
  );
}
