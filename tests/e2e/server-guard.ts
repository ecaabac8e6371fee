/**
 * The e2e guard (setup file of the e2e project): a test fails when the app answered any request
 * with a 5xx, or when the server logged an error while the test ran. Why: a page that recovers in
 * the browser after a server-side crash still looks down to a proxy or an uptime monitor.
 */
import fs from 'node:fs';
import { afterEach, beforeEach, expect, inject } from 'vitest';

/** 5xx responses seen by any page of this test file (browser.ts records them). */
export const serverErrors: string[] = [];

/** What the server logs when something went wrong on its side. */
const ERROR_LINE = /⨯|\bError\b|Unhandled|uncaught|ECONNRESET|\bat .+\(.+:\d+:\d+\)/;

let offset = 0;
beforeEach(() => {
  serverErrors.length = 0;
  offset = fs.statSync(inject('serverLog')).size;
});

afterEach(() => {
  const log = inject('serverLog');
  const size = fs.statSync(log).size;
  const fd = fs.openSync(log, 'r');
  const buf = Buffer.alloc(Math.max(0, size - offset));
  fs.readSync(fd, buf, 0, buf.length, offset);
  fs.closeSync(fd);
  const logged = buf.toString('utf8').split('\n').filter((line) => ERROR_LINE.test(line));
  expect(serverErrors, 'HTTP 5xx answers during this test').toEqual([]);
  expect(logged, 'errors the server logged during this test').toEqual([]);
});
