import { describe, expect, it } from 'vitest';
import { boundaryOf, parseMultipart } from '@/lib/import/multipart';

/** A body exactly as fetch serialises FormData. */
async function encoded(form: FormData) {
  const req = new Request('http://localhost/', { method: 'POST', body: form });
  return { body: Buffer.from(await req.arrayBuffer()), type: req.headers.get('content-type') };
}

describe('parseMultipart', () => {
  it('gives back the file bytes, its name and the text fields as FormData sent them', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x0d, 0x0a, 0x2d, 0x2d, 0x00, 0xff]); // binary, with CRLF-- inside
    const form = new FormData();
    form.set('bestand', new Blob([bytes]), 'kader é.xlsx');
    form.set('werkblad', 'Blad 2');
    form.set('leeg', '');
    const { body, type } = await encoded(form);
    const parts = parseMultipart(body, boundaryOf(type)!)!;
    expect(parts.map((p) => [p.name, p.filename])).toEqual([
      ['bestand', 'kader é.xlsx'],
      ['werkblad', null],
      ['leeg', null],
    ]);
    expect(new Uint8Array(parts[0].data)).toEqual(bytes);
    expect(parts[1].data.toString()).toBe('Blad 2');
    expect(parts[2].data.length).toBe(0);
  });

  it('refuses a truncated body and a missing boundary', async () => {
    const form = new FormData();
    form.set('bestand', new Blob(['a;b;c\n']), 'k.csv');
    const { body, type } = await encoded(form);
    expect(parseMultipart(body.subarray(0, body.length - 30), boundaryOf(type)!)).toBeNull();
    expect(boundaryOf('application/json')).toBeNull();
    expect(boundaryOf('multipart/form-data; boundary="abc"')).toBe('abc');
  });
});
