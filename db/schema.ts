/**
 * The whole workflow's schema: study → frame → sample → interview → review, plus users and an
 * append-only audit log. Later issues extend these tables rather than rebuild them.
 * Timestamps are integer milliseconds since the epoch (UTC).
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const timestamp = (name: string) =>
  integer(name)
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const studies = sqliteTable('studies', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  municipality: text('municipality').notNull(),
  year: integer('year').notNull(),
  households: integer('households'),
  clients: integer('clients'),
  codebookVersion: text('codebook_version').notNull().default('v1'),
  /** Caseload shares per huishoudtype for post-stratification, e.g. { gezin: 0.45, … }; null = none. */
  householdShares: text('household_shares', { mode: 'json' }).$type<Record<string, number>>(),
  isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
  createdAt: timestamp('created_at'),
  createdBy: text('created_by').notNull(),
});

export const teams = sqliteTable(
  'teams',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studyId: integer('study_id')
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('teams_study_name').on(t.studyId, t.name)],
);

export const caseworkers = sqliteTable(
  'caseworkers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studyId: integer('study_id')
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('caseworkers_study_name').on(t.studyId, t.name)],
);

/** One row per dossier in the study's frame (steekproefkader). Dossier numbers only: no personal data. */
export const frameCases = sqliteTable(
  'frame_cases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studyId: integer('study_id')
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    dossiernummer: text('dossiernummer').notNull(),
    caseworkerId: integer('caseworker_id')
      .notNull()
      .references(() => caseworkers.id),
    teamId: integer('team_id')
      .notNull()
      .references(() => teams.id),
    householdType: text('household_type'),
    startDate: text('start_date'),
    status: text('status'),
    sourceRow: integer('source_row').notNull(),
  },
  (t) => [
    uniqueIndex('frame_cases_study_dossier').on(t.studyId, t.dossiernummer),
    index('frame_cases_caseworker').on(t.caseworkerId),
  ],
);

export const frameImports = sqliteTable('frame_imports', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  studyId: integer('study_id')
    .notNull()
    .references(() => studies.id, { onDelete: 'cascade' }),
  fileName: text('file_name').notNull(),
  fileSha256: text('file_sha256').notNull(),
  rowCount: integer('row_count').notNull(),
  warnings: text('warnings', { mode: 'json' }).$type<string[]>().notNull(),
  importedAt: timestamp('imported_at'),
  importedBy: text('imported_by').notNull(),
});

/** A versioned draw; a second draw never overwrites the first. */
export const sampleDraws = sqliteTable(
  'sample_draws',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studyId: integer('study_id')
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    algorithm: text('algorithm').notNull(),
    seed: text('seed').notNull(),
    frameSha256: text('frame_sha256').notNull(),
    perCaseworker: integer('per_caseworker').notNull(),
    reserves: integer('reserves').notNull(),
    certificate: text('certificate', { mode: 'json' }).notNull(),
    reason: text('reason'),
    status: text('status', { enum: ['actief', 'gearchiveerd'] })
      .notNull()
      .default('actief'),
    drawnAt: timestamp('drawn_at'),
    drawnBy: text('drawn_by').notNull(),
    archivedAt: integer('archived_at'),
    archivedBy: text('archived_by'),
    archiveReason: text('archive_reason'),
  },
  (t) => [uniqueIndex('sample_draws_study_version').on(t.studyId, t.version)],
);

export const SAMPLE_ITEM_STATUSES = [
  'te_bespreken',
  'besproken',
  'onbruikbaar',
  'reserve',
  'reserve_in_gebruik',
] as const;

export const sampleItems = sqliteTable(
  'sample_items',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    drawId: integer('draw_id')
      .notNull()
      .references(() => sampleDraws.id, { onDelete: 'cascade' }),
    frameCaseId: integer('frame_case_id')
      .notNull()
      .references(() => frameCases.id),
    caseworkerId: integer('caseworker_id')
      .notNull()
      .references(() => caseworkers.id),
    role: text('role', { enum: ['sample', 'reserve'] }).notNull(),
    position: integer('position').notNull(),
    status: text('status', { enum: SAMPLE_ITEM_STATUSES }).notNull(),
    unusableReason: text('unusable_reason'),
    unusableNote: text('unusable_note'),
    revision: integer('revision').notNull().default(0),
    /**
     * Why a case that was finished no longer counts: 'oude_regels' (finished under the old defaults,
     * incomplete under explicit answers) or 'gewijzigd' (a required answer was cleared or invalidated).
     */
    incompleteReason: text('incomplete_reason', { enum: ['oude_regels', 'gewijzigd'] }),
  },
  (t) => [
    uniqueIndex('sample_items_draw_case').on(t.drawId, t.frameCaseId),
    index('sample_items_draw_caseworker').on(t.drawId, t.caseworkerId, t.position),
  ],
);

export const sampleReplacements = sqliteTable(
  'sample_replacements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    drawId: integer('draw_id')
      .notNull()
      .references(() => sampleDraws.id, { onDelete: 'cascade' }),
    unusableItemId: integer('unusable_item_id')
      .notNull()
      .references(() => sampleItems.id),
    reserveItemId: integer('reserve_item_id').references(() => sampleItems.id),
    reason: text('reason').notNull(),
    note: text('note'),
    replacedAt: timestamp('replaced_at'),
    replacedBy: text('replaced_by').notNull(),
  },
  (t) => [index('sample_replacements_draw').on(t.drawId)],
);

/** One answer per (case, question key); `revision` detects concurrent edits. */
export const caseAnswers = sqliteTable(
  'case_answers',
  {
    sampleItemId: integer('sample_item_id')
      .notNull()
      .references(() => sampleItems.id, { onDelete: 'cascade' }),
    questionKey: text('question_key').notNull(),
    value: text('value', { mode: 'json' }),
    revision: integer('revision').notNull().default(1),
    updatedAt: timestamp('updated_at'),
    updatedBy: text('updated_by').notNull(),
    /** Set when an answer this one depends on changed: the key of that answer; cleared by any save of this key. */
    checkSource: text('check_source'),
  },
  (t) => [primaryKey({ columns: [t.sampleItemId, t.questionKey] })],
);

/** Quality warnings (lib/interview/quality-rules) a researcher confirmed when finishing a case. */
export const qualityConfirmations = sqliteTable(
  'quality_confirmations',
  {
    sampleItemId: integer('sample_item_id')
      .notNull()
      .references(() => sampleItems.id, { onDelete: 'cascade' }),
    warningId: text('warning_id').notNull(),
    message: text('message').notNull(),
    confirmedBy: text('confirmed_by').notNull(),
    confirmedAt: timestamp('confirmed_at'),
  },
  (t) => [primaryKey({ columns: [t.sampleItemId, t.warningId] })],
);

export const trajectoryRows = sqliteTable('trajectory_rows', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  sampleItemId: integer('sample_item_id')
    .notNull()
    .references(() => sampleItems.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  type: text('type'),
  who: text('who'),
  action: text('action'),
  oldWay: text('old_way'),
  replacesType: text('replaces_type'),
  revision: integer('revision').notNull().default(1),
  updatedAt: timestamp('updated_at'),
  updatedBy: text('updated_by').notNull(),
});

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  isAdmin: integer('is_admin', { mode: 'boolean' }).notNull().default(false),
  /** Set for a one-time password (first admin, new or reset accounts): change it at first login. */
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
  disabledAt: integer('disabled_at'),
  createdAt: timestamp('created_at'),
});

export const studyMembers = sqliteTable(
  'study_members',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studyId: integer('study_id')
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role', { enum: ['onderzoeker', 'teamleider'] }).notNull(),
    teamId: integer('team_id').references(() => teams.id),
  },
  (t) => [index('study_members_user').on(t.userId)],
); // every access check reads a user's memberships

export const reviewEvents = sqliteTable(
  'review_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sampleItemId: integer('sample_item_id')
      .notNull()
      .references(() => sampleItems.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['vraag', 'antwoord', 'goedgekeurd', 'ontgrendeld'] }).notNull(),
    questionKey: text('question_key'),
    /** For an 'antwoord': the 'vraag' it answers (which closes that question). */
    parentId: integer('parent_id'),
    body: text('body'),
    createdAt: timestamp('created_at'),
    createdBy: text('created_by').notNull(),
  },
  (t) => [index('review_events_item').on(t.sampleItemId)],
); // read on every case and review page, in id order

/** Append-only (enforced by triggers in the migrations): who, when, what, old → new. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: timestamp('at'),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    studyId: integer('study_id'),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    oldValue: text('old_value', { mode: 'json' }),
    newValue: text('new_value', { mode: 'json' }),
  },
  (t) => [
    // The audit trail reads a study's entries newest first (`where study_id = ? order by id desc limit`): in id order.
    index('audit_log_study_id').on(t.studyId, t.id),
    // Logins and account changes (no study) are found by action prefix, as a range: `action >= 'auth.' and action < 'auth/'`.
    index('audit_log_action').on(t.action),
  ],
);

export type Study = typeof studies.$inferSelect;
export type NewStudy = typeof studies.$inferInsert;

/** A study's own lists (leefgebieden, trajectory catalogue, escalation types); absent = the defaults. */
export const studyLists = sqliteTable('study_lists', {
  studyId: integer('study_id')
    .primaryKey()
    .references(() => studies.id, { onDelete: 'cascade' }),
  lists: text('lists', { mode: 'json' }).notNull(),
  updatedAt: timestamp('updated_at'),
  updatedBy: text('updated_by').notNull(),
});

/**
 * The per-case tally of a finished case, kept up to date on every answer change, so that the
 * estimates read one small row per case instead of re-tallying every interview.
 */
export const caseTallies = sqliteTable('case_tallies', {
  sampleItemId: integer('sample_item_id')
    .primaryKey()
    .references(() => sampleItems.id, { onDelete: 'cascade' }),
  /** The tally algorithm's version; a row of another version is recomputed. */
  version: integer('version').notNull(),
  tally: text('tally', { mode: 'json' }).notNull(),
  /** Raised on every rewrite: readers cache parsed tallies by it (times can repeat within a millisecond). */
  revision: integer('revision').notNull().default(1),
  updatedAt: timestamp('updated_at'),
});

// ── #5 accounts, sessions, review ────────────────────────────────────────────────────────────

/**
 * A login session. The cookie holds only the sealed session id (iron-session); the row decides
 * whether it is still valid, so a disabled user or an idle session is cut off on the server.
 */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at'),
    lastSeenAt: integer('last_seen_at').notNull(),
    revokedAt: integer('revoked_at'),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/** Every login attempt, for rate limiting (per username and per address) and the audit page. */
export const loginAttempts = sqliteTable(
  'login_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    username: text('username').notNull(),
    address: text('address').notNull(),
    ok: integer('ok', { mode: 'boolean' }).notNull(),
    at: timestamp('at'),
  },
  (t) => [index('login_attempts_username').on(t.username, t.at), index('login_attempts_address').on(t.address, t.at)],
);

/** Review state of a sampled case: goedgekeurd locks it until unlocked with a reason. */
export const caseReviews = sqliteTable('case_reviews', {
  sampleItemId: integer('sample_item_id')
    .primaryKey()
    .references(() => sampleItems.id, { onDelete: 'cascade' }),
  lockedAt: integer('locked_at'),
  lockedBy: text('locked_by'),
  revision: integer('revision').notNull().default(1),
});

// ── #8 kengetallen, overrides, scenarios ─────────────────────────────────────────────────────

/**
 * One kengetal of a study (domain.md §7), keyed like `fteNew`, `prices.<type>`,
 * `partySplit.<line>`, `profile`. `source` is 'rapport' for the report's default or 'invoer'
 * for a typed value; with updatedBy/At that is the source the page shows.
 */
export const kengetallen = sqliteTable(
  'kengetallen',
  {
    studyId: integer('study_id')
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    value: text('value', { mode: 'json' }).notNull(),
    source: text('source', { enum: ['rapport', 'invoer'] }).notNull(),
    note: text('note'),
    revision: integer('revision').notNull().default(1),
    updatedAt: timestamp('updated_at'),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.studyId, t.key] })],
);

/**
 * A range (low, high) of a numeric kengetal with its source, for the probabilistic sensitivity
 * analysis (#17): the kengetal is then drawn from a triangular distribution with its value as
 * mode. Kept apart from `kengetallen` because a default value (never stored) can have a range too.
 */
export const kengetalRanges = sqliteTable(
  'kengetal_ranges',
  {
    studyId: integer('study_id')
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    low: real('low').notNull(),
    high: real('high').notNull(),
    source: text('source').notNull(),
    updatedAt: timestamp('updated_at'),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.studyId, t.key] })],
);

/** A hand override on the uitvoerscherm: `quantity:<input key>` or `line:<code>`. */
export const mkbaOverrides = sqliteTable(
  'mkba_overrides',
  {
    studyId: integer('study_id')
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    target: text('target').notNull(),
    value: real('value').notNull(),
    reason: text('reason').notNull(),
    updatedAt: timestamp('updated_at'),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.studyId, t.target] })],
);

/** A custom sensitivity scenario: a name and the inputs it overrides. */
export const mkbaScenarios = sqliteTable('mkba_scenarios', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  studyId: integer('study_id')
    .notNull()
    .references(() => studies.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  overrides: text('overrides', { mode: 'json' }).notNull(),
  createdAt: timestamp('created_at'),
  createdBy: text('created_by').notNull(),
});

// ── #9 EffectenArena ─────────────────────────────────────────────────────────────────────────

/**
 * One EffectenArena canvas: the study's own (kind 'studie', one per study) or a workshop
 * group's. `doc` holds the cards, arrows and links as one JSON document; `revision` detects
 * concurrent edits. A merge records which group canvases it came from.
 */
export const arenaCanvases = sqliteTable(
  'arena_canvases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studyId: integer('study_id')
      .notNull()
      .references(() => studies.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['studie', 'groep'] }).notNull(),
    name: text('name').notNull(),
    doc: text('doc', { mode: 'json' }).notNull(),
    revision: integer('revision').notNull().default(1),
    mergedFrom: text('merged_from', { mode: 'json' }).$type<number[]>(),
    mergedAt: integer('merged_at'),
    mergedBy: text('merged_by'),
    updatedAt: timestamp('updated_at'),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [index('arena_canvases_study').on(t.studyId)],
);
