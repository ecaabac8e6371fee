import path from 'node:path';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');
export const DEFAULT_DB_FILE = path.join('data', 'dossieranalyse.db');

/** Opens (and migrates) a database; tests pass ':memory:' to get a private one. */
export function createDb(file: string): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const client = new Database(file);
  client.pragma('journal_mode = WAL');
  client.pragma('foreign_keys = ON');
  client.pragma('busy_timeout = 5000');
  client.pragma('synchronous = NORMAL');
  const db = drizzle({ client, schema }) as Db;
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return db;
}

export function dbFile(): string {
  return process.env.DOSSIER_DB || DEFAULT_DB_FILE;
}

// One connection per process, kept on globalThis so Next's dev reloads don't open a new one each time.
const globalForDb = globalThis as unknown as { dossierDb?: Db };

export function getDb(): Db {
  globalForDb.dossierDb ??= createDb(dbFile());
  return globalForDb.dossierDb;
}

/**
 * Runs `fn` in one synchronous SQLite transaction. better-sqlite3's own transaction wrapper is
 * used (not drizzle's) because it nests as savepoints, so a query that is atomic on its own can
 * also be part of a larger atomic change (the demo study = study + frame).
 */
export function inTransaction<T>(db: Db, fn: () => T): T {
  return db.$client.transaction(fn)();
}
