/**
 * The e2e guard (setup file of the e2e project, so every e2e test has it): a test fails when the
 * app answered any request with a 5xx, when the server logged an error while the test ran, or when
 * a page threw an uncaught error or logged a console error (browser.ts records both). Why: a page that recovers in
 * the browser after a server-side crash still looks down to a proxy or an uptime monitor.
 */
import fs from 'node:fs';
import { afterEach, beforeEach, expect, inject } from 'vitest';

/** 5xx responses seen by any page of this test file (browser.ts records them). */
export const serverErrors: string[] = [];
/** Uncaught page errors and console errors of any page of this test file (browser.ts records them). */
export const browserErrors: string[] = [];

/** What the server logs when something went wrong on its side. */
const ERROR_LINE = /⨯|\bError\b|Unhandled|uncaught|ECONNRESET|\bat .+\(.+:\d+:\d+\)/;

let offset = 0;
beforeEach(() => {
  serverErrors.length = 0;
  browserErrors.length = 0;
  offset = fs.statSync(inject('serverLog')).size;
});

afterEach(() => {
  const log = inject('serverLog');
  const size = fs.statSync(log).size;
  const fd = fs.openSync(log, 'r');
  const buf = Buffer.alloc(Math.max(0, size - offset));
  fs.readSync(fd, buf, 0, buf.length, offset);
  fs.closeSync(fd);
  const logged = buf
    .toString('utf8')
    .split('\n')
    .filter((line) => ERROR_LINE.test(line));
  expect(serverErrors, 'HTTP 5xx answers during this test').toEqual([]);
  expect(logged, 'errors the server logged during this test').toEqual([]);
  expect(browserErrors, 'uncaught page errors and console errors during this test').toEqual([]);
});
