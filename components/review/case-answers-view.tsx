import { choiceOptions } from '@/lib/codebook/resolve';
import type { Codebook, StudyLists } from '@/lib/codebook/types';
import type { Entries } from '@/lib/interview/answer-keys';
import { answerKeyLabel } from '@/lib/interview/key-label';
import { buildFormModel, type FieldModel } from '@/lib/interview/form-model';

function shown(f: FieldModel, lists: StudyLists): string {
  if (f.value == null || f.value === '') return '–';
  if (f.question.kind === 'choice')
    return choiceOptions(f.question, lists).find((o) => o.code === f.value)?.label ?? String(f.value);
  if (typeof f.value === 'boolean') return f.value ? 'ja' : 'nee';
  return String(f.value);
}

/**
 * The interview read-only, for the team lead's review: the same sections, questions and derived
 * values as the interview page (lib/interview/form-model), with each answer's key so a question
 * can point at it. Fields with an open question are marked.
 */
export function CaseAnswersView({
  codebook,
  lists,
  entries,
  flagged,
}: {
  codebook: Codebook;
  lists: StudyLists;
  entries: Entries;
  flagged: Set<string>;
}) {
  const model = buildFormModel(codebook, lists, entries);
  const dd = (f: FieldModel) => (
    <span data-key={f.key} className={flagged.has(f.key) ? 'badge open' : undefined}>
      {shown(f, lists)}
    </span>
  );
  return (
    <div className="answers-view">
      {model.map((s) => (
        <section key={s.id} className="card" aria-labelledby={`rv-${s.id}`}>
          <h2 id={`rv-${s.id}`} style={{ marginTop: 0 }}>
            {s.id}. {s.title}
          </h2>
          {s.table && s.table.rows.length > 0 && (
            <table aria-label={s.table.label}>
              <thead>
                <tr>
                  <th />
                  {s.table.columns.map((q) => (
                    <th key={q.code}>{q.label}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {s.table.rows.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.label}</th>
                    {r.fields.map((f) => (
                      <td key={f.key}>{f.asked ? dd(f) : <span className="muted">–</span>}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {s.fields.some((f) => f.asked) && (
            <dl className="facts">
              {s.fields
                .filter((f) => f.asked)
                .map((f) => (
                  <div key={f.key} style={{ display: 'contents' }}>
                    <dt>
                      {f.question.code} {f.label}
                    </dt>
                    <dd>{dd(f)}</dd>
                  </div>
                ))}
            </dl>
          )}
        </section>
      ))}
    </div>
  );
}

/** Every answer key the view shows, with a readable label, for the "vraag over veld" menu. */
export function questionKeyOptions(
  codebook: Codebook,
  lists: StudyLists,
  entries: Entries,
): { key: string; label: string }[] {
  const label = (key: string) => answerKeyLabel(codebook, lists, key, entries).full;
  return buildFormModel(codebook, lists, entries).flatMap((s) => [
    ...(s.table?.rows ?? []).flatMap((r) =>
      r.fields.filter((f) => f.asked).map((f) => ({ key: f.key, label: label(f.key) })),
    ),
    ...s.fields.filter((f) => f.asked).map((f) => ({ key: f.key, label: label(f.key) })),
  ]);
}
