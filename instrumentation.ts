/** Runs once when the server starts: migrate the schema and, on an empty database, create the demo study. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { getDb, dbFile } = await import('./db/client');
  const { seedIfEmpty } = await import('./db/seed');
  const demoId = seedIfEmpty(getDb());
  console.log(`Dossieranalyse: database ${dbFile()}${demoId ? `, demo-onderzoek ${demoId} aangemaakt` : ''}`);
}
