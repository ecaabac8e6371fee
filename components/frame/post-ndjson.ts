import type { ImportEvent } from '@/lib/import/events';

/**
 * Posts a file with XMLHttpRequest rather than fetch: only XHR reports upload progress, and its
 * partial responseText lets us read the server's NDJSON progress lines as they arrive.
 */
export function postNdjson(
  url: string,
  body: FormData,
  onUpload: (fraction: number) => void,
  onEvent: (event: ImportEvent) => void,
): Promise<void> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    let seen = 0;
    const drain = () => {
      const text = xhr.responseText;
      let nl: number;
      while ((nl = text.indexOf('\n', seen)) >= 0) {
        const line = text.slice(seen, nl).trim();
        seen = nl + 1;
        if (line) onEvent(JSON.parse(line) as ImportEvent);
      }
    };
    xhr.open('POST', url);
    xhr.upload.onprogress = (e) => e.lengthComputable && onUpload(e.loaded / e.total);
    xhr.onprogress = drain;
    xhr.onload = () => {
      drain();
      const rest = xhr.responseText.slice(seen).trim();
      if (rest) onEvent(JSON.parse(rest) as ImportEvent); // a plain JSON error answer has no trailing newline
      resolve();
    };
    xhr.onerror = () => {
      onEvent({
        type: 'error',
        reason:
          'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw; er is niets opgeslagen.',
      });
      resolve();
    };
    xhr.send(body);
  });
}
