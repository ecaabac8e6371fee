import type { ReviewEvent } from '@/db/queries/reviews';
import { formatDateTime } from '@/lib/format/nl';
import { AnswerForm } from './review-forms';

const KIND: Record<ReviewEvent['kind'], string> = {
  vraag: 'Vraag',
  antwoord: 'Antwoord',
  goedgekeurd: 'Goedgekeurd',
  ontgrendeld: 'Ontgrendeld',
};

/** The case's review history: questions with their answers, approvals and unlocks (with reason). */
export function ReviewThread({
  events,
  open,
  studyId,
  itemId,
  canAnswer,
  labelOf,
}: {
  events: ReviewEvent[];
  open: Set<number>;
  studyId: number;
  itemId: number;
  canAnswer: boolean;
  /** The Dutch label of the field a question is about (never its key). */
  labelOf: (key: string) => string;
}) {
  if (events.length === 0) return <p className="muted">Nog geen vragen of beoordelingen.</p>;
  return (
    <ol className="review-thread" aria-label="Vragen en beoordeling">
      {events.map((e) => (
        <li key={e.id} className={e.kind} data-event={e.kind} data-open={open.has(e.id) || undefined}>
          <div className="small muted">
            {KIND[e.kind]}
            {e.questionKey ? (
              <>
                {' '}
                over <em>{labelOf(e.questionKey)}</em>
              </>
            ) : (
              ''
            )}{' '}
            · {e.createdBy} · {formatDateTime(e.createdAt)}
            {e.kind === 'vraag' &&
              (open.has(e.id) ? (
                <>
                  {' '}
                  · <span className="badge open">open</span>
                </>
              ) : (
                <>
                  {' '}
                  · <span className="badge klaar">beantwoord</span>
                </>
              ))}
          </div>
          {e.body && <div style={{ whiteSpace: 'pre-wrap' }}>{e.body}</div>}
          {canAnswer && open.has(e.id) && <AnswerForm studyId={studyId} itemId={itemId} questionId={e.id} />}
        </li>
      ))}
    </ol>
  );
}
