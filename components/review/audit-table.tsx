import type { AuditLine } from '@/lib/audit/rows';

/**
 * The audit lines in a fixed-width table: long values wrap inside their cell, so the table fits
 * the screen (1,440 px and less) instead of scrolling sideways.
 */
export function AuditTable({ lines, formatAt }: { lines: AuditLine[]; formatAt: (at: number) => string }) {
  return (
    <table className="audit" aria-label="Audittrail">
      <colgroup>
        <col style={{ width: '9.5rem' }} />
        <col style={{ width: '8rem' }} />
        <col style={{ width: '9rem' }} />
        <col style={{ width: '6.5rem' }} />
        <col style={{ width: '24%' }} />
        <col />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th>Tijdstip</th>
          <th>Wie</th>
          <th>Actie</th>
          <th>Dossier</th>
          <th>Vraag of onderdeel</th>
          <th>Oud</th>
          <th>Nieuw</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.id} data-audit-line={l.id}>
            <td className="small">{formatAt(l.at)}</td>
            <td>{l.actor}</td>
            <td>{l.action}</td>
            <td>
              <code>{l.dossier}</code>
            </td>
            <td>{l.field}</td>
            <td className="small" data-old="">
              {l.oldText}
            </td>
            <td className="small" data-new="">
              {l.newText}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
