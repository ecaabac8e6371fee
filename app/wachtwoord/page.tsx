import { redirect } from 'next/navigation';
import { currentSession, requestPath } from '@/app/auth/session';
import { safeReturnPath } from '@/lib/auth/session-policy';
import { PasswordForm } from '@/components/auth/password-form';

export const dynamic = 'force-dynamic';

export default async function PasswordPage({ searchParams }: { searchParams: Promise<{ terug?: string }> }) {
  const s = await currentSession();
  if (s.state !== 'active') redirect(`/inloggen?terug=${encodeURIComponent(await requestPath())}`);
  const { terug } = await searchParams;
  return (
    <>
      <h1>Wachtwoord wijzigen</h1>
      {s.user.mustChangePassword && (
        <p className="alert warn" role="status">
          Je bent ingelogd met een eenmalig wachtwoord. Kies nu een eigen wachtwoord.
        </p>
      )}
      <section className="card" style={{ maxWidth: '30rem' }}>
        <PasswordForm back={terug ? safeReturnPath(terug) : null} />
      </section>
    </>
  );
}
