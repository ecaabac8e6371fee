import type { FramePreview } from '@/lib/import/events';
import { formatInt } from '@/lib/format/nl';

const STATUS_TEXT = {
  gebruikt: 'gebruikt',
  genegeerd: 'genegeerd',
  geweigerd: 'geweigerd: persoonsgegevens',
  dubbel: 'dubbel',
} as const;

/** What the file will become, before anything is stored: column mapping, first rows, counts. */
export function FramePreviewView({ preview }: { preview: FramePreview }) {
  const source =
    preview.format === 'xlsx'
      ? `Excel, werkblad "${preview.sheetName}"`
      : preview.format === 'csv'
        ? `csv (${preview.encoding}, scheidingsteken "${preview.delimiter === '\t' ? 'tab' : preview.delimiter}")`
        : 'onbekend';
  return (
    <>
      <p className="muted small">
        {preview.fileName} · {source}
        {preview.headerRow ? ` · kopregel op rij ${preview.headerRow}` : ''}
      </p>
      {preview.mapping.length > 0 && (
        <section>
          <h3>Herkende kolommen</h3>
          <table aria-label="Kolomtoewijzing">
            <thead>
              <tr>
                <th>Kolom in bestand</th>
                <th>Wordt</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              {preview.mapping
                .filter((m) => m.header !== '')
                .map((m) => (
                  <tr key={m.index}>
                    <td>{m.header}</td>
                    <td>{m.field ?? '–'}</td>
                    <td>
                      <span
                        className={`badge ${m.status === 'gebruikt' ? 'klaar' : m.status === 'genegeerd' ? '' : 'geweigerd'}`}
                      >
                        {STATUS_TEXT[m.status]}
                      </span>
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      )}
      {preview.preview.length > 0 && (
        <section>
          <h3>Eerste rijen</h3>
          <div className="table-wrap">
            <table aria-label="Eerste rijen">
              <thead>
                <tr>
                  <th className="num">Rij</th>
                  <th>Dossiernummer</th>
                  <th>Teamlid</th>
                  <th>Team</th>
                  <th>Huishoudtype</th>
                  <th>Startdatum</th>
                  <th>Status</th>
                </tr>
              </thead>
              <tbody>
                {preview.preview.map((r) => (
                  <tr key={r.row}>
                    <td className="num">{r.row}</td>
                    <td>
                      <code>{r.dossiernummer}</code>
                    </td>
                    <td>{r.teamlid}</td>
                    <td>{r.team}</td>
                    <td>{r.huishoudtype ?? ''}</td>
                    <td>{r.startdatum ?? ''}</td>
                    <td>{r.status ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {preview.counts.teams.length > 0 && (
        <div className="grid2">
          <section>
            <h3>Per team</h3>
            <table aria-label="Dossiers per team">
              <thead>
                <tr>
                  <th>Team</th>
                  <th className="num">Teamleden</th>
                  <th className="num">Dossiers</th>
                </tr>
              </thead>
              <tbody>
                {preview.counts.teams.map((t) => (
                  <tr key={t.team}>
                    <td>{t.team}</td>
                    <td className="num">{t.caseworkers}</td>
                    <td className="num">{formatInt(t.cases)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section>
            <h3>Per teamlid</h3>
            <div className="table-wrap">
              <table aria-label="Dossiers per teamlid">
                <thead>
                  <tr>
                    <th>Teamlid</th>
                    <th>Team</th>
                    <th className="num">Dossiers</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.counts.caseworkers.map((c) => (
                    <tr key={c.caseworker}>
                      <td>{c.caseworker}</td>
                      <td>{c.team}</td>
                      <td className="num">{formatInt(c.cases)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </div>
      )}
    </>
  );
}
