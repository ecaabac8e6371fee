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
 * buffer (and truncate) the body first. The file field is `bestand`; its bytes are a copy of
 * their own, ready to be moved to a worker thread.
 */
export async function readUpload(request: Request, emptyMessage: string): Promise<Upload> {
  const declared = Number(request.headers.get('content-length'));
  if (declared > MAX_REQUEST_BYTES) return { ok: false, status: 413, reason: tooLargeMessage(declared) };
  const boundary = boundaryOf(request.headers.get('content-type'));
  if (!request.body || !boundary) return { ok: false, status: 400, reason: emptyMessage };
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_REQUEST_BYTES) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, status: 413, reason: tooLargeMessage(size) };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, status: 400, reason: NOT_RECEIVED };
  }
  const parts = parseMultipart(Buffer.concat(chunks, size), boundary);
  if (!parts) return { ok: false, status: 400, reason: NOT_RECEIVED };
  const file = parts.find((p) => p.name === 'bestand' && p.filename !== null);
  if (!file) return { ok: false, status: 400, reason: emptyMessage };
  if (file.data.length > MAX_UPLOAD_BYTES) return { ok: false, status: 413, reason: tooLargeMessage(file.data.length) };
  const field = (name: string) => {
    const part = parts.find((p) => p.name === name && p.filename === null);
    return part ? part.data.toString('utf8') : undefined;
  };
  return { ok: true, fileName: file.filename!, data: new Uint8Array(file.data), field };
}
