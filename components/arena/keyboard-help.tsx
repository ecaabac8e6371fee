/** The canvas shortcuts, always visible next to the card chooser. */
export function KeyboardHelp() {
  return (
    <ul className="arena-keys" aria-label="Sneltoetsen op het canvas">
      <li>
        <kbd>Tab</kbd> naar een kaart, <kbd>Enter</kbd> bewerken
      </li>
      <li>
        <kbd>N</kbd> nieuwe kaart, <kbd>P</kbd> pijl naar een andere kaart
      </li>
      <li>
        <kbd>Alt</kbd>+<kbd>←</kbd>/<kbd>→</kbd> naar de vorige/volgende kolom
      </li>
      <li>
        Pijltjestoetsen verplaatsen, <kbd>Delete</kbd> verwijdert
      </li>
    </ul>
  );
}
