import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';

const DIR = path.join(import.meta.dirname, '__screenshots__');

/**
 * Compares a screenshot with its committed reference. A missing reference fails, unless
 * UPDATE_SCREENSHOTS=1, which writes it (and the new one replaces an old one). Returns the
 * share of differing pixels; the caller asserts the tolerance.
 */
export function compareWithReference(name: string, png: Buffer): { ratio: number; written: boolean } {
  const file = path.join(DIR, `${name}.png`);
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    fs.mkdirSync(DIR, { recursive: true });
    fs.writeFileSync(file, png);
    return { ratio: 0, written: true };
  }
  if (!fs.existsSync(file)) throw new Error(`Referentiebeeld ${file} ontbreekt; maak het met UPDATE_SCREENSHOTS=1.`);
  const expected = PNG.sync.read(fs.readFileSync(file));
  const actual = PNG.sync.read(png);
  if (expected.width !== actual.width || expected.height !== actual.height) {
    throw new Error(
      `Afmeting wijkt af: referentie ${expected.width}×${expected.height}, nu ${actual.width}×${actual.height}.`,
    );
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const n = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
  if (n > 0) fs.writeFileSync(path.join(DIR, `${name}.diff.png`), PNG.sync.write(diff));
  return { ratio: n / (actual.width * actual.height), written: false };
}
