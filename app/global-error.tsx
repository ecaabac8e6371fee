'use client';

import Link from 'next/link';

/**
 * The last resort: the root layout itself failed, so this page brings its own html and body and
 * inline styles (the stylesheet may be what failed). Dutch, with the digest for the server log.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="nl">
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '40rem', margin: '3rem auto', padding: '0 1rem' }}>
        <h1>Er ging iets mis</h1>
        <p>
          Dossieranalyse kon deze pagina niet tonen. Wat al was opgeslagen blijft bewaard. Probeer het opnieuw; lukt het
          dan nog niet, geef dan de foutcode door aan de beheerder{error.digest ? `: ${error.digest}` : ''}.
        </p>
        <p>
          <button type="button" onClick={() => reset()}>
            Opnieuw proberen
          </button>{' '}
          <Link href="/">Naar de onderzoeken</Link>
        </p>
      </body>
    </html>
  );
}
