// @ts-check
/**
 * Serwist in "configurator mode" (the Serwist docs' way for Next 16, whose `next build` uses
 * Turbopack): `serwist build` runs after `next build` and bundles app/sw.ts with the precache
 * manifest of Next's static chunks into public/sw.js. Prerendered HTML is not precached: the
 * worker keeps only interview-session pages, and those only at run time (see app/sw.ts).
 */
import { serwist } from '@serwist/next/config';

export default serwist({
  swSrc: 'app/sw.ts',
  swDest: 'public/sw.js',
  precachePrerendered: false,
});
