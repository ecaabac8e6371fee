'use client';

const SHORTCUTS: [string, string][] = [
  ['j / n, letter of cijfer', 'kies een antwoord en ga door naar de volgende vraag'],
  ['Enter', 'volgende vraag (ook na een getal of tekst)'],
  ['Shift+Enter', 'nieuwe regel in een tekstveld (notitie, "wat zou er anders gebeurd zijn?")'],
  ['Alt+1 … Alt+6', 'naar sectie A–F (eerste open vraag), ook vanuit een tekstveld'],
  ['. dan a … f', 'naar sectie A–F (buiten tekstvelden)'],
  ['Alt+0 of . dan t', 'terug naar waar je was vóór de sprong'],
  ['/ en beginletters, Enter', 'naar een leefgebied (in B) of escalatie (in D); elders beide · Esc terug'],
  ['Tab / Shift+Tab', 'elk veld, ook optionele (ZRM-scores, zwaarte)'],
  ['← →', 'ander antwoord kiezen zonder door te gaan'],
  ['Backspace', 'antwoord wissen'],
  ['Enter op "+ Traject toevoegen"', 'nieuw traject; Tab gaat verder naar escalaties'],
  ['letters in "Soort traject"', 'kies het traject op zijn beginletters (type-ahead)'],
  ['Ctrl+Delete', 'traject verwijderen (in de rij)'],
  ['Ctrl+Enter', 'dossier afronden en het volgende openen'],
  ['Enter / Esc in een bevestiging', 'bevestigen / annuleren (bijv. dossier onbruikbaar)'],
  ['?', 'deze hulp tonen of sluiten'],
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <div role="dialog" aria-modal="true" aria-label="Sneltoetsen" className="dialog" onClick={onClose}>
      <div className="card" onClick={(e) => e.stopPropagation()}>
        <h2 style={{ marginTop: 0 }}>Sneltoetsen</h2>
        <table>
          <tbody>
            {SHORTCUTS.map(([k, v]) => (
              <tr key={k}>
                <th>
                  <kbd>{k}</kbd>
                </th>
                <td>{v}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="row-actions">
          <button type="button" onClick={onClose} autoFocus>
            Sluiten (Esc)
          </button>
        </div>
      </div>
    </div>
  );
}
