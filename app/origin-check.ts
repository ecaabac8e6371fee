import 'server-only';
import { CROSS_ORIGIN_MESSAGE, sameOriginRequest } from '@/lib/auth/origin';

/** For upload route handlers: null when the request comes from this site, else the Dutch 403 reason. */
export function crossOriginRefusal(request: Request): string | null {
  const h = request.headers;
  const ok = sameOriginRequest({
    origin: h.get('origin'),
    host: h.get('host'),
    forwardedHost: h.get('x-forwarded-host'),
    secFetchSite: h.get('sec-fetch-site'),
  });
  return ok ? null : CROSS_ORIGIN_MESSAGE;
}
