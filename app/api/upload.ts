import 'server-only';
import { MAX_REQUEST_BYTES, MAX_UPLOAD_BYTES, tooLargeMessage } from '@/lib/import/limits';

export type Upload =
  | { ok: true; file: File; data: Uint8Array; form: FormData }
  | { ok: false; status: number; reason: string };

/**
 * Reads a multipart upload with its size bounded before and while it is read: a Content-Length
 * over the limit is refused unread (413), and a body without one is counted as it streams and cut
 * off at the limit. Upload routes are outside the proxy matcher (proxy.ts), so Next does not
 * buffer (and truncate) the body first.
 */
export async function readUpload(request: Request, emptyMessage: string): Promise<Upload> {
  const declared = Number(request.headers.get('content-length'));
  if (declared > MAX_REQUEST_BYTES) return { ok: false, status: 413, reason: tooLargeMessage(declared) };
  if (!request.body) return { ok: false, status: 400, reason: emptyMessage };
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
    return { ok: false, status: 400, reason: 'Het bestand is niet goed ontvangen. Probeer het opnieuw.' };
  }
  let form: FormData;
  try {
    form = await new Response(new Blob(chunks as BlobPart[]), { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    return { ok: false, status: 400, reason: 'Het bestand is niet goed ontvangen. Probeer het opnieuw.' };
  }
  const file = form.get('bestand');
  if (!(file instanceof File)) return { ok: false, status: 400, reason: emptyMessage };
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, status: 413, reason: tooLargeMessage(file.size) };
  return { ok: true, file, form, data: new Uint8Array(await file.arrayBuffer()) };
}
