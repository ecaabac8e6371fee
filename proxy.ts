import { NextResponse, type NextRequest } from 'next/server';

/**
 * Passes the requested path on to the server code (header x-dossier-path), so that an access
 * check can send someone to /inloggen?terug=<this page>. No access decisions here: every page,
 * action and route checks the session itself (app/access.ts).
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set('x-dossier-path', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg).*)'],
};
