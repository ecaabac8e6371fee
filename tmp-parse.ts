import { parseFrameFile } from './lib/import';
import { readCsv } from './lib/import/read-csv';
const lines = ['dossiernummer;teamlid;team'];
for (let i = 0; i < 1_000_000; i++) lines.push(`${String(i).padStart(7, '0')};Teamlid ${i % 400};Team ${i % 8}`);
const buf = Buffer.from(lines.join('\n') + '\n');
for (let k = 0; k < 2; k++) {
let t = performance.now(); readCsv(buf); console.log('readCsv', performance.now() - t);
t = performance.now(); await parseFrameFile(buf, 'x.csv'); console.log('parse', performance.now() - t);
}
