import type { Metadata } from 'next';
import Link from 'next/link';
import './globals.css';
import { UserMenu } from '@/components/auth/user-menu';
import { OfflineSupport } from '@/components/offline/offline-support';

export const metadata: Metadata = {
  title: 'Dossieranalyse',
  description: 'Steekproefsgewijze dossieranalyse voor de MKBA van wijkteams',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="nl">
      <body>
        <header className="topbar">
          <Link href="/" className="brand">
            Dossieranalyse
          </Link>
          <nav aria-label="Hoofdmenu">
            <Link href="/">Onderzoeken</Link>
          </nav>
          <OfflineSupport />
          <UserMenu />
        </header>
        <main className="page">{children}</main>
      </body>
    </html>
  );
}
