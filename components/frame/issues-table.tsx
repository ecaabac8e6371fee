import type { ImportIssue } from '@/lib/import/types';

/** Problems as a table: rij, kolom, waarde (masked by the server where it may be personal data), reden. */
export function IssuesTable({ issues, total, label }: { issues: ImportIssue[]; total?: number; label: string }) {
  if (issues.length === 0) return null;
  return (
    <>
      <div className="table-wrap">
        <table aria-label={label}>
          <thead>
            <tr>
              <th className="num">Rij</th>
              <th>Kolom</th>
              <th>Waarde</th>
              <th>Reden</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((e, i) => (
              <tr key={i}>
                <td className="num">{e.row ?? '–'}</td>
                <td>{e.column ?? '–'}</td>
                <td>
                  <code>{e.value ?? ''}</code>
                </td>
                <td>{e.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total !== undefined && total > issues.length && (
        <p className="small muted">
          De eerste {issues.length} van {total} meldingen worden getoond.
        </p>
      )}
    </>
  );
}
