import type { ImportIssue, ParsedFrame } from './types';

/** What the import page receives, one JSON object per line. */
export type ImportEvent =
  | { type: 'progress'; rows: number }
  | { type: 'preview'; preview: FramePreview }
  | { type: 'imported'; imported: number; warnings: ImportIssue[] }
  | { type: 'refused'; errors: ImportIssue[]; errorCount: number }
  | { type: 'error'; reason: string };

export type FramePreview = Omit<ParsedFrame, 'rows'> & { totalRows: number; lockedReason: string | null };

/** The preview without the full row list: the browser needs the first rows and the counts, not 100,000 rows. */
export function previewPayload(parsed: ParsedFrame, lockedReason: string | null): ImportEvent {
  const { rows, ...rest } = parsed;
  return { type: 'preview', preview: { ...rest, totalRows: rows.length, lockedReason } };
}
