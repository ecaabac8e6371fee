'use client';

import Link from 'next/link';

/**
 * A page failed on the server or in the browser. The user gets a Dutch explanation and a way on;
 * the server's message stays in the server log (the digest links the two), never on screen.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="card" role="alert">
      <h1>Er ging iets mis</h1>
      <p>
        Deze pagina kon niet worden getoond. Uw ingevoerde antwoorden zijn niet verloren: wat al was opgeslagen blijft
        bewaard, en antwoorden die nog in de wachtrij staan worden verstuurd zodra de pagina weer werkt.
      </p>
      <p>
        Probeer het opnieuw. Lukt het dan nog niet, geef dan de foutcode door aan de beheerder
        {error.digest ? (
          <>
            : <code>{error.digest}</code>
          </>
        ) : null}
        .
      </p>
      <div className="row-actions">
        <button type="button" onClick={() => reset()}>
          Opnieuw proberen
        </button>
        <Link className="button secondary" href="/">
          Naar de onderzoeken
        </Link>
      </div>
    </div>
  );
}
