/** Runs once when the server starts: migrate the schema and, on an empty database, create the demo study. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { getDb, dbFile } = await import('./db/client');
  const { createFirstAdmin, seedIfEmpty } = await import('./db/seed');
  // The first admin before the demo: the demo accounts would otherwise make the users table non-empty.
  const admin = createFirstAdmin(getDb());
  if (admin) {
    console.log(
      `Dossieranalyse: eerste beheerder aangemaakt. Gebruikersnaam: ${admin.username}  Eenmalig wachtwoord: ${admin.password}`,
    );
    console.log('Dossieranalyse: wijzig dit wachtwoord bij de eerste keer inloggen; het wordt niet nog eens getoond.');
  }
  const { recheckFinishedCases } = await import('./db/queries/legacy-cases');
  const reopened = recheckFinishedCases(getDb());
  if (reopened > 0)
    console.log(
      `Dossieranalyse: ${reopened} afgeronde dossiers zijn onvolledig onder de nieuwe regels en tellen niet mee tot ze zijn aangevuld.`,
    );
  const demoId = seedIfEmpty(getDb());
  // One worker thread for heavy jobs (imports, exports) starts now, so the first upload does not wait for it.
  const { jobPool } = await import('./db/jobs/run');
  jobPool().warm();
  console.log(`Dossieranalyse: database ${dbFile()}${demoId ? `, demo-onderzoek ${demoId} aangemaakt` : ''}`);
}
