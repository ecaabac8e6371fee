import 'server-only';
import { Refusal } from '@/lib/refusal';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { inTransaction, type Db } from '../client';
import { studies, studyMembers, teams, users } from '../schema';
import { writeAudit } from './audit';
import type { Membership, StudyRole } from '@/lib/auth/permissions';
import { firstPersonalDataMessage } from '@/lib/privacy';

export type User = typeof users.$inferSelect;

/** Thrown for a refused account change; the message is Dutch and shown as-is (CLI and web). */
export class AccountRefused extends Refusal {}

export function countUsers(db: Db): number {
  return db
    .select({ n: sql<number>`count(*)` })
    .from(users)
    .get()!.n;
}

export function getUser(db: Db, id: number): User | null {
  return db.select().from(users).where(eq(users.id, id)).get() ?? null;
}

export function getUserByUsername(db: Db, username: string): User | null {
  return db.select().from(users).where(eq(users.username, username.trim().toLowerCase())).get() ?? null;
}

export interface NewUserInput {
  username: string;
  displayName: string;
  passwordHash: string;
  isAdmin?: boolean;
  mustChangePassword?: boolean;
}

export function createUser(db: Db, input: NewUserInput, actor: string): number {
  return inTransaction(db, () => {
    const username = input.username.trim().toLowerCase();
    if (getUserByUsername(db, username)) throw new AccountRefused(`Gebruiker "${username}" bestaat al.`);
    const displayName = input.displayName.trim();
    if (displayName.length > 80) throw new AccountRefused('De weergavenaam mag hoogstens 80 tekens hebben.');
    const privacy = firstPersonalDataMessage([
      ['De gebruikersnaam', username],
      ['De weergavenaam', displayName],
    ]);
    if (privacy) throw new AccountRefused(privacy);
    const row = db
      .insert(users)
      .values({
        ...input,
        username,
        displayName,
        isAdmin: input.isAdmin ?? false,
        mustChangePassword: input.mustChangePassword ?? true,
      })
      .returning({ id: users.id })
      .get();
    writeAudit(db, {
      actor,
      action: 'user.create',
      entity: 'user',
      entityId: row.id,
      newValue: { username, displayName, isAdmin: input.isAdmin ?? false },
    });
    return row.id;
  });
}

export function setUserDisabled(db: Db, username: string, disabled: boolean, actor: string): User {
  return inTransaction(db, () => {
    const user = getUserByUsername(db, username);
    if (!user) throw new AccountRefused(`Gebruiker "${username}" bestaat niet.`);
    db.update(users)
      .set({ disabledAt: disabled ? Date.now() : null })
      .where(eq(users.id, user.id))
      .run();
    writeAudit(db, {
      actor,
      action: disabled ? 'user.disable' : 'user.enable',
      entity: 'user',
      entityId: user.id,
      oldValue: { disabled: user.disabledAt != null },
      newValue: { disabled },
    });
    return { ...user, disabledAt: disabled ? Date.now() : null };
  });
}

/** Sets a new password hash; a reset by a beheerder makes it one-time again (must change at login). */
export function setPasswordHash(
  db: Db,
  userId: number,
  passwordHash: string,
  mustChange: boolean,
  actor: string,
): void {
  inTransaction(db, () => {
    db.update(users).set({ passwordHash, mustChangePassword: mustChange }).where(eq(users.id, userId)).run();
    writeAudit(db, {
      actor,
      action: mustChange ? 'user.password_reset' : 'user.password_change',
      entity: 'user',
      entityId: userId,
    });
  });
}

// Prepared once per connection: every access check reads the memberships.
const membershipQueries = new WeakMap<Db, ReturnType<typeof prepareMemberships>>();
const prepareMemberships = (db: Db) =>
  db
    .select({ studyId: studyMembers.studyId, role: studyMembers.role, teamId: studyMembers.teamId })
    .from(studyMembers)
    .where(eq(studyMembers.userId, sql.placeholder('userId')))
    .prepare();

export function listMemberships(db: Db, userId: number): Membership[] {
  let q = membershipQueries.get(db);
  if (!q) membershipQueries.set(db, (q = prepareMemberships(db)));
  return q.all({ userId });
}

/** Adds a user to a study: as onderzoeker (all teams) or as teamleider of one named team. */
export function grantMembership(
  db: Db,
  input: { username: string; studyId: number; role: StudyRole; team?: string | null },
  actor: string,
) {
  return inTransaction(db, () => {
    const user = getUserByUsername(db, input.username);
    if (!user) throw new AccountRefused(`Gebruiker "${input.username}" bestaat niet.`);
    if (!db.select({ id: studies.id }).from(studies).where(eq(studies.id, input.studyId)).get())
      throw new AccountRefused(`Onderzoek ${input.studyId} bestaat niet.`);
    let teamId: number | null = null;
    if (input.role === 'teamleider') {
      if (!input.team) throw new AccountRefused('Een teamleider hoort bij een team: geef het team op.');
      const team = db
        .select()
        .from(teams)
        .where(and(eq(teams.studyId, input.studyId), eq(teams.name, input.team)))
        .get();
      if (!team) throw new AccountRefused(`Team "${input.team}" bestaat niet in onderzoek ${input.studyId}.`);
      teamId = team.id;
    }
    const same = db
      .select()
      .from(studyMembers)
      .where(
        and(
          eq(studyMembers.userId, user.id),
          eq(studyMembers.studyId, input.studyId),
          eq(studyMembers.role, input.role),
          teamId == null ? isNull(studyMembers.teamId) : eq(studyMembers.teamId, teamId),
        ),
      )
      .get();
    if (same) return { userId: user.id, teamId, created: false };
    db.insert(studyMembers).values({ studyId: input.studyId, userId: user.id, role: input.role, teamId }).run();
    writeAudit(db, {
      actor,
      action: 'member.grant',
      studyId: input.studyId,
      entity: 'user',
      entityId: user.id,
      newValue: { username: user.username, role: input.role, team: input.team ?? null },
    });
    return { userId: user.id, teamId, created: true };
  });
}

export function revokeMembership(db: Db, input: { username: string; studyId: number }, actor: string): number {
  return inTransaction(db, () => {
    const user = getUserByUsername(db, input.username);
    if (!user) throw new AccountRefused(`Gebruiker "${input.username}" bestaat niet.`);
    const n = db
      .delete(studyMembers)
      .where(and(eq(studyMembers.userId, user.id), eq(studyMembers.studyId, input.studyId)))
      .run().changes;
    if (n > 0)
      writeAudit(db, {
        actor,
        action: 'member.revoke',
        studyId: input.studyId,
        entity: 'user',
        entityId: user.id,
        oldValue: { username: user.username },
      });
    return n;
  });
}

/** Every account with its study roles, for the beheer page and `user list`. */
export function listUsers(db: Db) {
  const rows = db.select().from(users).orderBy(asc(users.username)).all();
  const members = db
    .select({
      userId: studyMembers.userId,
      studyId: studyMembers.studyId,
      study: studies.name,
      role: studyMembers.role,
      team: teams.name,
    })
    .from(studyMembers)
    .innerJoin(studies, eq(studyMembers.studyId, studies.id))
    .leftJoin(teams, eq(studyMembers.teamId, teams.id))
    .all();
  return rows.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    isAdmin: u.isAdmin,
    mustChangePassword: u.mustChangePassword,
    disabled: u.disabledAt != null,
    createdAt: u.createdAt,
    memberships: members
      .filter((m) => m.userId === u.id)
      .map(({ studyId, study, role, team }) => ({ studyId, study, role, team })),
  }));
}

/** The studies a user may open: all for a beheerder, else their memberships (with the role). */
export function listStudyIdsForUser(
  db: Db,
  user: Pick<User, 'id' | 'isAdmin'>,
): Map<number, StudyRole | 'beheerder'> | null {
  if (user.isAdmin) return null;
  const out = new Map<number, StudyRole | 'beheerder'>();
  for (const m of listMemberships(db, user.id)) if (out.get(m.studyId) !== 'onderzoeker') out.set(m.studyId, m.role);
  return out;
}
