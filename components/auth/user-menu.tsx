import Link from 'next/link';
import { currentUser } from '@/app/auth/session';
import { logoutAction } from '@/app/inloggen/actions';

/** Top bar: who is logged in, the beheer link for a beheerder, and logging out. */
export async function UserMenu() {
  const user = await currentUser();
  if (!user)
    return (
      <nav aria-label="Account" className="user-menu">
        <Link href="/inloggen">Inloggen</Link>
      </nav>
    );
  return (
    <nav aria-label="Account" className="user-menu">
      {user.isAdmin && <Link href="/beheer">Beheer</Link>}
      <span data-user={user.username}>{user.displayName}</span>
      <Link href="/wachtwoord">Wachtwoord</Link>
      <form action={logoutAction}>
        <button type="submit" className="small secondary">
          Uitloggen
        </button>
      </form>
    </nav>
  );
}
