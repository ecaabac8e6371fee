import { formatInt } from '@/lib/format/nl';
import type { Results } from './types';

/** How far the interviews are, per caseworker. */
export function ProgressNotice({ r, team }: { r: Results; team?: string }) {
  const done = r.progress.reduce((s, p) => s + p.done, 0);
  const toDo = r.progress.reduce((s, p) => s + p.toDiscuss, 0);
  const of = (caseworker: string) => r.progress.find((p) => p.caseworker === caseworker);
  return (
    <div className="alert ok" role="status" data-testid="completeness">
      {formatInt(done)} van {formatInt(toDo)} dossiers besproken; de schatting gebruikt {formatInt(r.n)} afgeronde
      dossiers{team ? ` van team ${team}` : ''}. De pagina ververst vanzelf.
      <details>
        <summary>Per teamlid</summary>
        <table aria-label="Voortgang per teamlid">
          <thead>
            <tr>
              <th>Teamlid</th>
              <th>Team</th>
              <th className="num">Besproken</th>
              <th className="num">
                N<sub>h</sub>
              </th>
            </tr>
          </thead>
          <tbody>
            {r.strata.map((s) => (
              <tr key={s.caseworker}>
                <td>{s.caseworker}</td>
                <td>{s.team}</td>
                <td className="num">
                  {of(s.caseworker)?.done ?? 0} van {of(s.caseworker)?.toDiscuss ?? 0}
                </td>
                <td className="num">{formatInt(s.N)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}

export interface IncompleteCase {
  itemId: number;
  dossiernummer: string;
  caseworker: string;
  reason: string;
}

/** Finished cases that no longer count because they were changed or finished under older rules. */
export function IncompleteNotice({ cases }: { cases: IncompleteCase[] }) {
  if (cases.length === 0) return null;
  const one = cases.length === 1;
  return (
    <div className="alert warn" data-incomplete-list={cases.length}>
      {cases.length} {one ? 'dossier telt' : 'dossiers tellen'} niet mee omdat {one ? 'het' : 'ze'} niet meer compleet{' '}
      {one ? 'is' : 'zijn'}:{' '}
      {cases.map((c, i) => (
        <span key={c.itemId}>
          {i > 0 ? ', ' : ''}
          {c.dossiernummer} ({c.caseworker}, {c.reason === 'oude_regels' ? 'onvolledig (oude regels)' : 'gewijzigd'})
        </span>
      ))}
      . Vul ze aan en rond ze opnieuw af.
    </div>
  );
}

/** General warnings (at most six shown) and how many estimates rest on too few cases. */
export function WarningsNotice({ warnings }: { warnings: string[] }) {
  const general = warnings.filter((w) => !/^[a-z_]+(\.[a-z_]+)?: /.test(w));
  const uncertain = warnings.length - general.length;
  if (general.length === 0 && uncertain === 0) return null;
  return (
    <div className="alert warn">
      {general.slice(0, 6).map((w) => (
        <div key={w}>{w}</div>
      ))}
      {general.length > 6 && <div>… en nog {general.length - 6} meldingen.</div>}
      {uncertain > 0 && (
        <div>{uncertain} schattingen rusten op minder dan 5 dossiers of hebben geen variantieschatting.</div>
      )}
    </div>
  );
}
