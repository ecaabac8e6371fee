import 'server-only';
import { MAX_REQUEST_BYTES, MAX_UPLOAD_BYTES, tooLargeMessage } from '@/lib/import/limits';
import { boundaryOf, parseMultipart } from '@/lib/import/multipart';

export type Upload =
  | { ok: true; fileName: string; data: Uint8Array; field: (name: string) => string | undefined }
  | { ok: false; status: number; reason: string };

const NOT_RECEIVED = 'Het bestand is niet goed ontvangen. Probeer het opnieuw.';

/**
 * Reads a multipart upload with its size bounded before and while it is read: a Content-Length
 * over the limit is refused unread (413), and a body without one is counted as it streams and cut
 * off at the limit. Upload routes are outside the proxy matcher (proxy.ts), so Next does not
 * buffer (and truncate) the body first. The file field is `bestand`; its bytes are a view into
 * a buffer of their own, ready to be moved to a worker thread.
 */
export async function readUpload(request: Request, emptyMessage: string): Promise<Upload> {
  const declared = Number(request.headers.get('content-length'));
  if (declared > MAX_REQUEST_BYTES) return { ok: false, status: 413, reason: tooLargeMessage(declared) };
  const boundary = boundaryOf(request.headers.get('content-type'));
  if (!request.body || !boundary) return { ok: false, status: 400, reason: emptyMessage };
  // Received into one buffer as it arrives (sized by Content-Length when the client sent one), so
  // no large copy or concatenation runs on the request thread once the last byte is in.
  let body = Buffer.allocUnsafeSlow(declared > 0 ? declared : 1024 * 1024);
  let size = 0;
  const reader = request.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (size + value.byteLength > MAX_REQUEST_BYTES) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, status: 413, reason: tooLargeMessage(size + value.byteLength) };
      }
      if (size + value.byteLength > body.length) {
        const grown = Buffer.allocUnsafeSlow(
          Math.min(MAX_REQUEST_BYTES, Math.max(body.length * 2, size + value.byteLength)),
        );
        body.copy(grown, 0, 0, size);
        body = grown;
      }
      body.set(value, size);
      size += value.byteLength;
    }
  } catch {
    return { ok: false, status: 400, reason: NOT_RECEIVED };
  }
  const parts = parseMultipart(body.subarray(0, size), boundary);
  if (!parts) return { ok: false, status: 400, reason: NOT_RECEIVED };
  const file = parts.find((p) => p.name === 'bestand' && p.filename !== null);
  if (!file) return { ok: false, status: 400, reason: emptyMessage };
  if (file.data.length > MAX_UPLOAD_BYTES) return { ok: false, status: 413, reason: tooLargeMessage(file.data.length) };
  const field = (name: string) => {
    const part = parts.find((p) => p.name === name && p.filename === null);
    return part ? part.data.toString('utf8') : undefined;
  };
  // A view into the body buffer, which is the upload's own (allocUnsafeSlow: never pooled), so
  // the route can move it to the worker thread without a copy.
  const data = new Uint8Array(file.data.buffer, file.data.byteOffset, file.data.byteLength);
  return { ok: true, fileName: file.filename!, data, field };
}
