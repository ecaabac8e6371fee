/**
 * Issue #16, finding 7: the smaller holes at the boundary. Upload routes check Origin like server
 * actions; an action body over 1 MB gets a Dutch 413 (not Next's 500); a non-integer baseRevision
 * is reported, not dropped.
 */
import fs from 'node:fs';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';
import { sameOriginRequest } from '@/lib/auth/origin';
import { parseSaveRequest } from '@/lib/autosave/request-schema';

const root = path.resolve(import.meta.dirname, '../..');

describe('the upload routes check Origin against the host', () => {
  it.each(['app/api/onderzoeken/[id]/kader/route.ts', 'app/api/onderzoeken/[id]/turven/route.ts'])(
    '%s refuses before reading the body',
    (file) => {
      const source = fs.readFileSync(path.join(root, file), 'utf8');
      const check = source.indexOf('crossOriginRefusal(request)');
      expect(check, `${file} does not call crossOriginRefusal`).toBeGreaterThan(0);
      expect(check).toBeLessThan(source.indexOf('readUpload(request'));
      expect(source).toMatch(/status: 403|jsonError\(403|refuse\(403/);
    },
  );

  it('allows the same host (directly or behind a proxy) and refuses another site', () => {
    const h = (
      origin: string | null,
      host = 'dossier.example:3000',
      forwardedHost: string | null = null,
      secFetchSite: string | null = null,
    ) => sameOriginRequest({ origin, host, forwardedHost, secFetchSite });
    expect(h('http://dossier.example:3000')).toBe(true);
    expect(h('https://dossier.example', 'localhost:3000', 'dossier.example, proxy')).toBe(true);
    expect(h(null)).toBe(true); // like Next's actions: no Origin means no browser carrying someone's cookie
    expect(h('https://evil.example')).toBe(false);
    expect(h('http://dossier.example:3001')).toBe(false);
    expect(h('null')).toBe(false);
    expect(h('not a url')).toBe(false);
    expect(h(null, 'dossier.example:3000', null, 'cross-site')).toBe(false);
  });
});

describe('a server-action body over 1 MB', () => {
  const request = (length: number, action: string | null = 'abc123') =>
    new NextRequest('http://localhost:3000/onderzoeken/1/kengetallen', {
      method: 'POST',
      headers: { 'content-length': String(length), ...(action ? { 'next-action': action } : {}) },
    });

  it('gets a 413 with a Dutch text/plain message that Next shows as the action error', async () => {
    const res = proxy(request(2 * 1024 * 1024));
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toBe('text/plain');
    expect(await res.text()).toMatch(/^Dit verzoek is te groot \(meer dan 1 MB\).*niets opgeslagen/);
  });

  it('passes bodies within the limit and ordinary posts (uploads go to their routes)', () => {
    expect(proxy(request(1024 * 1024)).status).toBe(200);
    expect(proxy(request(5 * 1024 * 1024, null)).status).toBe(200);
  });
});

describe('the autosave request is parsed, not filtered', () => {
  it('reports a change with a non-integer baseRevision instead of dropping it', () => {
    const r = parseSaveRequest({
      sampleItemId: 3,
      changes: [
        { key: 'A1', value: 'gezin', baseRevision: 1.5 },
        { key: 'A8', value: 'ja', baseRevision: 0 },
      ],
    });
    expect(r).toEqual({
      ok: true,
      sampleItemId: 3,
      changes: [{ key: 'A8', value: 'ja', baseRevision: 0 }],
      rejected: [
        {
          key: 'A1',
          status: 'rejected',
          message: 'Niet opgeslagen: de versie moet een geheel getal zijn. Herlaad de pagina.',
        },
      ],
    });
  });

  it('refuses a malformed request with a Dutch message', () => {
    expect(parseSaveRequest(null)).toMatchObject({ ok: false, message: expect.stringMatching(/^Ongeldig verzoek/) });
    expect(parseSaveRequest({ sampleItemId: '3', changes: [] })).toMatchObject({ ok: false });
    expect(
      parseSaveRequest({ sampleItemId: 3, changes: [{ key: { x: 1 }, value: 1, baseRevision: 0 }] }),
    ).toMatchObject({ ok: false });
    expect(
      parseSaveRequest({
        sampleItemId: 3,
        changes: Array.from({ length: 201 }, (_, i) => ({ key: `k${i}`, value: 1, baseRevision: 0 })),
      }),
    ).toMatchObject({ ok: false, message: expect.stringContaining('Te veel wijzigingen') });
  });
});
