import { describe, expect, it } from 'vitest';
import { config } from '@/proxy';

/** The matcher as a plain regular expression (Next anchors it the same way). */
const matches = (path: string) => config.matcher.some((m) => new RegExp(`^${m}$`).test(path));

describe('proxy matcher', () => {
  it('leaves the API routes alone, so Next does not buffer (and cut off at 10 MB) an upload body', () => {
    expect(matches('/api/onderzoeken/1/kader')).toBe(false);
    expect(matches('/api/onderzoeken/1/turven')).toBe(false);
  });

  it('still runs for pages (the path it passes on is used to return after logging in)', () => {
    expect(matches('/onderzoeken/1/kader')).toBe(true);
    expect(matches('/')).toBe(true);
    expect(matches('/_next/static/chunk.js')).toBe(false);
  });
});
