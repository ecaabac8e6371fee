import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { studies } from '@/db/schema';
import { DEMO_ACCOUNTS, demoMode } from '@/lib/auth/demo-accounts';
import { safeReturnPath } from '@/lib/auth/session-policy';
import { LoginForm } from '@/components/auth/login-form';

export const dynamic = 'force-dynamic';

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ terug?: string; verlopen?: string }>;
}) {
  const { terug, verlopen } = await searchParams;
  const hasDemo = getDb().select({ id: studies.id }).from(studies).where(eq(studies.isDemo, true)).get() != null;
  const demo = demoMode(hasDemo, process.env.DOSSIER_DEMO);
  return (
    <>
      <h1>Inloggen</h1>
      {verlopen && (
        <p className="alert warn" role="status">
          Je sessie is verlopen. Log opnieuw in; antwoorden die nog niet verzonden waren staan in deze browser en worden
          daarna alsnog opgeslagen.
        </p>
      )}
      <div className="grid2">
        <section className="card">
          <LoginForm back={terug ? safeReturnPath(terug) : null} />
        </section>
        {demo && (
          <section className="card" aria-label="Demo-accounts">
            <h2 style={{ marginTop: 0 }}>Demo-accounts</h2>
            <p className="small muted">
              Alleen in de demo: deze accounts openen het demo-onderzoek met synthetische gegevens.
            </p>
            <table>
              <thead>
                <tr>
                  <th>Gebruikersnaam</th>
                  <th>Wachtwoord</th>
                  <th>Rol</th>
                </tr>
              </thead>
              <tbody>
                {DEMO_ACCOUNTS.map((a) => (
                  <tr key={a.username}>
                    <td>
                      <code>{a.username}</code>
                    </td>
                    <td>
                      <code>{a.password}</code>
                    </td>
                    <td>
                      {a.role}
                      {a.team ? ` (${a.team})` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </div>
    </>
  );
}
