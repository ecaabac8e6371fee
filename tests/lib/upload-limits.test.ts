import { describe, expect, it } from 'vitest';
import { parseFrameFile } from '@/lib/import';
import { checkZip } from '@/lib/import/zip-guard';
import { MAX_FRAME_COLUMNS, MAX_FRAME_ROWS, MAX_UNPACKED_BYTES } from '@/lib/import/limits';
import { readSampleSheet, SampleFileError } from '@/lib/excel';
import { xlsxZipBomb } from '../fixtures/zip-bomb';
import { csvBuffer, xlsxBuffer } from '../fixtures/frame-files';

const GiB = 1024 ** 3;

/** Runs `fn` and reports how long it took and how far the process's memory grew meanwhile (sampled). */
async function measured<T>(fn: () => Promise<T>): Promise<{ value: T | Error; ms: number; grewMb: number }> {
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const t = performance.now();
  let value: T | Error;
  try {
    value = await fn();
  } catch (err) {
    value = err as Error;
  }
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { value, ms: performance.now() - t, grewMb: (peak - base) / 2 ** 20 };
}

describe('xlsx zip bombs', () => {
  const lying = xlsxZipBomb({ inflatedBytes: 4 * GiB, declare: 'lie' });
  const honest = xlsxZipBomb({ inflatedBytes: 4 * GiB - 2 ** 21, declare: 'honest' });

  it('builds a bomb of a few MB that inflates to 4 GiB', () => {
    expect(lying.length).toBeLessThan(6 * 2 ** 20);
  });

  it('the tally re-import refuses a bomb that lies about its size, quickly and without inflating it into memory', async () => {
    const r = await measured(() => readSampleSheet(lying));
    expect(r.value).toBeInstanceOf(SampleFileError);
    expect((r.value as Error).message).toMatch(/pakt groter uit dan het bestand zelf opgeeft \(mogelijk een zip-bom\)/);
    expect(r.grewMb).toBeLessThan(150);
    expect(r.ms).toBeLessThan(10_000); // a generous bound: the old reader took 40 s and then crashed
  });

  it('the tally re-import refuses a bomb that declares its 4 GiB, before inflating anything', async () => {
    const r = await measured(() => readSampleSheet(honest));
    expect(r.value).toBeInstanceOf(SampleFileError);
    expect((r.value as Error).message).toMatch(/pakt uit tot 4\.094 MB; maximaal 400 MB uitgepakt/);
    expect(r.grewMb).toBeLessThan(150);
  });

  it('the frame import refuses both bombs with a Dutch message', async () => {
    for (const bomb of [lying, honest]) {
      const r = await measured(() => parseFrameFile(bomb, 'kader.xlsx'));
      const p = r.value as Awaited<ReturnType<typeof parseFrameFile>>;
      expect(p.errorCount).toBe(1);
      expect(p.errors[0].reason).toMatch(/zip-bom/);
      expect(r.grewMb).toBeLessThan(150);
    }
  });

  it('stops counting at the limit when the sizes add up to more than it', async () => {
    const justOver = xlsxZipBomb({ inflatedBytes: MAX_UNPACKED_BYTES + 2 ** 21, declare: 'honest' });
    await expect(checkZip(justOver)).rejects.toThrow(/maximaal 400 MB uitgepakt/);
  });

  it('refuses a zip whose entries do not line up with its central directory', async () => {
    const ok = await xlsxBuffer({ headers: ['dossiernummer', 'teamlid', 'team'], rows: [['1', 'a', 'T']] });
    await expect(checkZip(ok)).resolves.toBeUndefined();
    // A stray local header in front of the first entry: every offset shifts, so the walk no longer lines up.
    const hidden = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40), ok]);
    await expect(checkZip(hidden)).rejects.toThrow(/beschadigd/);
  });
});

describe('frame limits on rows and columns', () => {
  it('refuses a 200,000-column csv with a Dutch message, and the answer stays small', async () => {
    const header = [
      'dossiernummer',
      'teamlid',
      'team',
      ...Array.from({ length: 200_000 - 3 }, (_, i) => `extra${i}`),
    ].join(';');
    const p = await parseFrameFile(csvBuffer([header, '1;a;T']), 'breed.csv');
    expect(p.errorCount).toBe(1);
    expect(p.errors[0].reason).toBe(
      `Het bestand heeft 200.000 kolommen; maximaal ${MAX_FRAME_COLUMNS}. Exporteer alleen de kolommen dossiernummer, teamlid, team (en eventueel huishoudtype, startdatum, status).`,
    );
    expect(JSON.stringify(p).length).toBeLessThan(5_000);
  });

  it('refuses an xlsx row wider than the column limit', async () => {
    const wide = await xlsxBuffer({
      headers: ['dossiernummer', 'teamlid', 'team', ...Array.from({ length: MAX_FRAME_COLUMNS }, (_, i) => `x${i}`)],
      rows: [],
    });
    const p = await parseFrameFile(wide, 'breed.xlsx');
    expect(p.errors[0].reason).toMatch(/kolommen; maximaal 200/);
  });

  it('refuses a csv with more rows than the limit', async () => {
    const line = '1;a;T';
    const over = Buffer.from(`dossiernummer;teamlid;team\n${`${line}\n`.repeat(MAX_FRAME_ROWS)}`);
    const p = await parseFrameFile(over, 'lang.csv');
    expect(p.errorCount).toBe(1);
    expect(p.errors[0].reason).toMatch(/meer dan 1\.200\.000 rijen/);
  });
});
