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
  // Not /api/: Next buffers a proxied request body (10 MB at most, experimental.proxyClientMaxBodySize),
  // so uploads would be cut off before their route could refuse them with its own 413 message.
  matcher: ['/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)'],
};
