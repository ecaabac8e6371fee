import Link from 'next/link';
import { getDb } from '@/db/client';
import { listStudies } from '@/db/queries/studies';
import { listUsers } from '@/db/queries/users';
import { listAccountAudit } from '@/db/queries/audit-trail';
import { formatDateTime } from '@/lib/format/nl';
import { actionLabel } from '@/lib/audit/rows';
import { objectText } from '@/lib/audit/values';
import { requireAdmin } from '@/app/access';
import { CreateUserForm, GrantForm, UserRowActions } from '@/components/admin/user-admin';

export const dynamic = 'force-dynamic';

/** The beheerder's page: accounts, their study roles, and the login log. */
export default async function AdminPage() {
  const me = await requireAdmin();
  const db = getDb();
  const users = listUsers(db);
  const studies = listStudies(db).map((s) => ({ id: s.id, name: s.name }));
  const log = listAccountAudit(db, 100);
  return (
    <>
      <div className="crumbs">
        <Link href="/">Onderzoeken</Link> › Beheer
      </div>
      <h1>Beheer</h1>
      <table aria-label="Accounts">
        <thead>
          <tr>
            <th>Gebruiker</th>
            <th>Naam</th>
            <th>Rollen</th>
            <th>Status</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} data-user={u.username}>
              <td>
                <code>{u.username}</code>
                {u.isAdmin && (
                  <>
                    {' '}
                    <span className="badge">beheerder</span>
                  </>
                )}
              </td>
              <td>{u.displayName}</td>
              <td className="small">
                {u.memberships.map((m) => `${m.role}${m.team ? ` (${m.team})` : ''} – ${m.study}`).join('; ') || '–'}
              </td>
              <td>{u.disabled ? 'uitgeschakeld' : u.mustChangePassword ? 'eenmalig wachtwoord' : 'actief'}</td>
              <td>{u.username !== me.username && <UserRowActions username={u.username} disabled={u.disabled} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="grid2">
        <section className="card">
          <h2 style={{ marginTop: 0 }}>Account aanmaken</h2>
          <CreateUserForm studies={studies} />
        </section>
        <section className="card">
          <h2 style={{ marginTop: 0 }}>Toegang tot een onderzoek</h2>
          <GrantForm usernames={users.map((u) => u.username)} studies={studies} />
        </section>
      </div>
      <h2>Inloggen en accounts (laatste 100)</h2>
      <table aria-label="Inloglogboek">
        <thead>
          <tr>
            <th>Tijdstip</th>
            <th>Wie</th>
            <th>Actie</th>
            <th>Details</th>
          </tr>
        </thead>
        <tbody>
          {log.map((l) => (
            <tr key={l.id}>
              <td>{formatDateTime(l.at)}</td>
              <td>{l.actor}</td>
              <td>{actionLabel(l.action)}</td>
              <td className="small">{objectText(l.newValue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
