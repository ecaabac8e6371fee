'use client';

const SHORTCUTS: [string, string][] = [
  ['j / n, letter of cijfer', 'kies een antwoord en ga door naar de volgende vraag'],
  ['Enter', 'volgende vraag (ook na een getal of tekst)'],
  ['Tab / Shift+Tab', 'elk veld, ook optionele (ZRM-scores, zwaarte)'],
  ['← →', 'ander antwoord kiezen zonder door te gaan'],
  ['Backspace', 'antwoord wissen'],
  ['Enter op "+ Traject toevoegen"', 'nieuw traject; Tab gaat verder naar escalaties'],
  ['Ctrl+Delete', 'traject verwijderen (in de rij)'],
  ['Ctrl+Enter', 'dossier afronden en het volgende openen'],
  ['?', 'deze hulp tonen of sluiten'],
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <div role="dialog" aria-modal="true" aria-label="Sneltoetsen" className="dialog" onClick={onClose}>
      <div className="card" onClick={(e) => e.stopPropagation()}>
        <h2 style={{ marginTop: 0 }}>Sneltoetsen</h2>
        <table><tbody>{SHORTCUTS.map(([k, v]) => <tr key={k}><th><kbd>{k}</kbd></th><td>{v}</td></tr>)}</tbody></table>
        <div className="row-actions"><button type="button" onClick={onClose} autoFocus>Sluiten (Esc)</button></div>
      </div>
    </div>
  );
}
