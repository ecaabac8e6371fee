'use client';

/**
 * The confirmation before a case is marked unusable: it cannot be undone with a click, and it
 * activates a reserve. Says what will happen; Enter confirms (the confirm button has the focus),
 * Escape cancels.
 */
export function ConfirmReplaceDialog({
  dossiernummer,
  reasonLabel,
  reserve,
  busy,
  onConfirm,
  onCancel,
}: {
  dossiernummer: string;
  reasonLabel: string;
  reserve?: string | null;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="confirm-replace-title"
      aria-describedby="confirm-replace-body"
      className="dialog confirm-dialog"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <div className="card">
        <h2 id="confirm-replace-title" style={{ marginTop: 0 }}>
          Dossier {dossiernummer} onbruikbaar maken?
        </h2>
        <div id="confirm-replace-body">
          <p>Reden: {reasonLabel}.</p>
          <p data-reserve-text="">
            {reserve === undefined ? (
              'De volgende reserve van dit teamlid komt in de plaats. Is er geen reserve meer, dan wordt de steekproef van dit teamlid één dossier kleiner.'
            ) : reserve ? (
              <>
                Reserve <strong>{reserve}</strong> komt in de plaats en wordt een dossier van deze sessie.
              </>
            ) : (
              'Dit teamlid heeft geen reserve meer: de steekproef van dit teamlid wordt één dossier kleiner.'
            )}
          </p>
          <p className="small muted">
            Dit kun je niet met een klik ongedaan maken; het komt in het certificaat en het auditlog.
          </p>
        </div>
        <div className="row-actions">
          <button type="button" autoFocus disabled={busy} onClick={onConfirm}>
            Onbruikbaar maken <kbd>Enter</kbd>
          </button>
          <button type="button" className="secondary" onClick={onCancel}>
            Annuleren <kbd>Esc</kbd>
          </button>
        </div>
      </div>
    </div>
  );
}
