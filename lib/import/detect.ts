/** What a file really is, by its first bytes rather than its name. */
export type DetectedFormat = { format: 'xlsx' | 'csv' } | { format: 'unsupported'; reason: string };

const startsWith = (data: Uint8Array, bytes: number[]) => bytes.every((b, i) => data[i] === b);

export function detectFormat(data: Uint8Array, fileName: string): DetectedFormat {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (data.length === 0)
    return {
      format: 'unsupported',
      reason: 'Het bestand is leeg. Kies het exportbestand met de caseload (.xlsx of .csv).',
    };
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46])) {
    return {
      format: 'unsupported',
      reason:
        'Dit is een PDF-bestand, geen Excel- of csv-bestand. Exporteer de caseload uit het registratiesysteem als .xlsx of .csv.',
    };
  }
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0])) {
    return {
      format: 'unsupported',
      reason: 'Dit is een oud Excel-bestand (.xls). Open het in Excel en kies "Opslaan als" → Excel-werkmap (.xlsx).',
    };
  }
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) return { format: 'xlsx' };
  if (ext === 'xlsx' || ext === 'xlsm') {
    return {
      format: 'unsupported',
      reason: `Het bestand heeft de extensie .${ext} maar is geen Excel-werkmap. Sla het opnieuw op als .xlsx of exporteer als .csv.`,
    };
  }
  const head = data.subarray(0, 4096);
  const utf16 = data[0] === 0xff && data[1] === 0xfe;
  if (!utf16 && head.includes(0)) {
    return {
      format: 'unsupported',
      reason: 'Dit is geen tekst- of Excel-bestand. Gebruik een .xlsx- of .csv-export van de caseload.',
    };
  }
  return { format: 'csv' };
}
