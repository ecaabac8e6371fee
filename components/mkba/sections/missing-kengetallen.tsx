import Link from 'next/link';

/** Why the MKBA cannot be computed: every missing kengetal, and where to enter it. */
export function MissingKengetallen({
  studyId,
  missing,
  hasOverrides,
}: {
  studyId: number;
  missing: string[];
  hasOverrides: boolean;
}) {
  return (
    <div className="alert error" role="alert" data-testid="missing-kengetallen">
      <strong>De MKBA kan niet berekend worden: er ontbreken kengetallen.</strong>
      <ul>
        {missing.map((x) => (
          <li key={x}>{x}</li>
        ))}
      </ul>
      Vul ze in op de pagina <Link href={`/onderzoeken/${studyId}/kengetallen`}>Kengetallen</Link>
      {hasOverrides ? ' of haal een overschrijving hieronder weg' : ''}.
    </div>
  );
}
