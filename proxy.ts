import { NextResponse, type NextRequest } from 'next/server';
import { ACTION_BODY_TOO_LARGE, actionBodyTooLarge } from '@/lib/auth/action-body';

/**
 * Passes the requested path on to the server code (header x-dossier-path), so that an access
 * check can send someone to /inloggen?terug=<this page>; and refuses a server-action body over
 * 1 MB with a Dutch 413 (lib/auth/action-body.ts). No access decisions here: every page,
 * action and route checks the session itself (app/access.ts).
 */
export function proxy(request: NextRequest) {
  // Exactly 'text/plain': Next's client then shows this body as the action's error message.
  if (actionBodyTooLarge(request.method, request.headers.get('next-action'), request.headers.get('content-length'))) {
    return new NextResponse(ACTION_BODY_TOO_LARGE, { status: 413, headers: { 'content-type': 'text/plain' } });
  }
  const headers = new Headers(request.headers);
  headers.set('x-dossier-path', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Not /api/: Next buffers a proxied request body (10 MB at most, experimental.proxyClientMaxBodySize),
  // so uploads would be cut off before their route could refuse them with its own 413 message.
  matcher: ['/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)'],
};
