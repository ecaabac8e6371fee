import zlib from 'node:zlib';
import { FileLimitError, formatCount, formatMb, MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES } from './limits';

/**
 * Checks an xlsx (a zip) before any xlsx reader touches it, so a zip bomb is refused instead of
 * inflated: the entries' declared sizes, then their actual inflated sizes, streamed and counted
 * (never held in memory), stopping at the limit. The entries must tile the file up to the central
 * directory, so a streaming reader (which walks the local headers) sees exactly the checked bytes.
 */
interface Entry {
  name: string;
  flags: number;
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const SIG_DESCRIPTOR = 0x08074b50;

const BROKEN =
  'Het bestand kon niet als Excel-werkmap gelezen worden (beschadigd of geen .xlsx). Open het in Excel en sla het opnieuw op als .xlsx, of exporteer als .csv.';
const tooBig = (bytes: number, declared: boolean) =>
  `Het Excel-bestand pakt uit tot ${declared ? '' : 'meer dan '}${formatMb(bytes)}; maximaal ${formatMb(MAX_UNPACKED_BYTES)} uitgepakt. Dit is geen gewone werkmap (mogelijk een zip-bom). Exporteer de gegevens als .csv of splits het bestand.`;

function readCentralDirectory(data: Uint8Array): { entries: Entry[]; cdOffset: number } {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u16 = (o: number) => view.getUint16(o, true);
  const u32 = (o: number) => view.getUint32(o, true);
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (u32(i) === SIG_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new FileLimitError(BROKEN);
  const count = u16(eocd + 10);
  const cdSize = u32(eocd + 12);
  const cdOffset = u32(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
    throw new FileLimitError(tooBig(0xffffffff, true));
  if (count > MAX_ZIP_ENTRIES) {
    throw new FileLimitError(
      `Het Excel-bestand bevat ${formatCount(count)} onderdelen; maximaal ${formatCount(MAX_ZIP_ENTRIES)}. Sla het opnieuw op in Excel of exporteer als .csv.`,
    );
  }
  if (cdOffset + cdSize > eocd) throw new FileLimitError(BROKEN);
  const entries: Entry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || u32(p) !== SIG_CENTRAL) throw new FileLimitError(BROKEN);
    const nameLen = u16(p + 28);
    entries.push({
      flags: u16(p + 8),
      method: u16(p + 10),
      compressed: u32(p + 20),
      size: u32(p + 24),
      offset: u32(p + 42),
      name: Buffer.from(data.buffer, data.byteOffset + p + 46, nameLen).toString('utf8'),
    });
    p += 46 + nameLen + u16(p + 30) + u16(p + 32);
  }
  return { entries, cdOffset };
}

/** Where each entry's compressed bytes lie; refuses gaps, overlaps and headers that disagree. */
function locateData(data: Uint8Array, entries: Entry[], cdOffset: number): Map<Entry, [number, number]> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const ranges = new Map<Entry, [number, number]>();
  let expected = 0;
  for (const e of [...entries].sort((a, b) => a.offset - b.offset)) {
    if (e.offset !== expected || e.offset + 30 > cdOffset || view.getUint32(e.offset, true) !== SIG_LOCAL)
      throw new FileLimitError(BROKEN);
    const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
    const end = start + e.compressed;
    if (end > cdOffset) throw new FileLimitError(BROKEN);
    expected = end;
    if (e.flags & 0x08) expected += end + 4 <= cdOffset && view.getUint32(end, true) === SIG_DESCRIPTOR ? 16 : 12;
    ranges.set(e, [start, end]);
  }
  if (expected !== cdOffset) throw new FileLimitError(BROKEN);
  return ranges;
}

/** Inflates `src` and counts the bytes, discarding them; stops as soon as more than `limit` came out. */
function inflatedSize(src: Uint8Array, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
    let n = 0;
    inflate.on('data', (chunk: Buffer) => {
      n += chunk.length;
      if (n > limit) {
        inflate.destroy();
        resolve(n);
      }
    });
    inflate.on('end', () => resolve(n));
    inflate.on('error', () => reject(new FileLimitError(BROKEN)));
    inflate.end(src);
  });
}

/** Throws FileLimitError (Dutch message) unless the zip is well-formed and unpacks within the limits. */
export async function checkZip(data: Uint8Array): Promise<void> {
  const { entries, cdOffset } = readCentralDirectory(data);
  const declared = entries.reduce((s, e) => s + e.size, 0);
  if (declared > MAX_UNPACKED_BYTES) throw new FileLimitError(tooBig(declared, true));
  const ranges = locateData(data, entries, cdOffset);
  let total = 0;
  for (const e of entries) {
    const [start, end] = ranges.get(e)!;
    let actual: number;
    if (e.method === 0) actual = end - start;
    else if (e.method === 8)
      actual = await inflatedSize(data.subarray(start, end), Math.min(e.size, MAX_UNPACKED_BYTES - total));
    else throw new FileLimitError(BROKEN);
    if (actual > e.size) {
      throw new FileLimitError(
        total + actual > MAX_UNPACKED_BYTES
          ? tooBig(MAX_UNPACKED_BYTES, false)
          : 'Het Excel-bestand is ongeldig: een onderdeel pakt groter uit dan het bestand zelf opgeeft (mogelijk een zip-bom). Open het in Excel en sla het opnieuw op als .xlsx.',
      );
    }
    total += actual;
  }
}
