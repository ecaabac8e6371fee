/**
 * The heavy jobs, as they run inside a worker thread (lib/jobs/worker-entry.mjs): parsing and
 * previewing a frame, importing it, re-importing tallies, and the exports. Each worker opens its
 * own connection to the same SQLite file (WAL: the request thread keeps reading meanwhile).
 * Results are small, or bytes moved back without copying.
 */
import { getDb } from '../client';
import { frameLockReason, importFrameFile } from '../queries/frame';
import { importTallies, type TallyImportResult } from '../queries/tally-import';
import { exportSampleFile, exportTemplateFile } from '../queries/export';
import { exportAuditFile } from '../queries/audit-export';
import { parseFrameFile } from '@/lib/import';
import { previewPayload, type ImportEvent } from '@/lib/import/events';
import type { AuditQuery } from '@/lib/audit/filter';

export interface JobInputs {
  'frame.preview': { studyId: number; data: Uint8Array; fileName: string; sheet?: string };
  'frame.import': {
    studyId: number;
    data: Uint8Array;
    fileName: string;
    sheet?: string;
    actor: string;
    expectSha256?: string;
  };
  'tally.import': { studyId: number; data: Uint8Array; actor: string };
  'export.sample': { studyId: number; format: 'xlsx' | 'csv'; actor: string };
  'export.template': { studyId: number; caseworker: string; actor: string };
  'export.audit': { studyId: number; query: AuditQuery; teamIds: number[] | null; actor: string };
}

export interface JobResults {
  'frame.preview': ImportEvent;
  'frame.import': ImportEvent;
  'tally.import': TallyImportResult;
  'export.sample': Uint8Array | null;
  'export.template': Uint8Array | null;
  'export.audit': { ok: boolean; message?: string; data?: Uint8Array };
}

export type JobKind = keyof JobInputs;
type Progress = (value: unknown) => void;
type Out<K extends JobKind> = { result: JobResults[K]; transfer?: ArrayBuffer[] };

/** Moves a Buffer's bytes back to the request thread without a copy. */
function bytes(data: Buffer | null | undefined): { result: Uint8Array | null; transfer?: ArrayBuffer[] } {
  if (!data) return { result: null };
  const copy = new Uint8Array(data); // a Buffer may share a pooled ArrayBuffer: give the thread its own
  return { result: copy, transfer: [copy.buffer as ArrayBuffer] };
}

const handlers: { [K in JobKind]: (input: JobInputs[K], progress: Progress) => Promise<Out<K>> } = {
  async 'frame.preview'(i, progress) {
    const parsed = await parseFrameFile(i.data, i.fileName, { sheet: i.sheet, onProgress: progress });
    return { result: previewPayload(parsed, frameLockReason(getDb(), i.studyId)) };
  },
  async 'frame.import'(i, progress) {
    const r = await importFrameFile(getDb(), { ...i, onProgress: progress });
    return {
      result: r.ok
        ? { type: 'imported', imported: r.imported, warnings: r.warnings }
        : { type: 'refused', errors: r.errors, errorCount: r.errorCount },
    };
  },
  async 'tally.import'(i) {
    return { result: await importTallies(getDb(), i) };
  },
  async 'export.sample'(i) {
    return bytes(await exportSampleFile(getDb(), i.studyId, i.format, i.actor));
  },
  async 'export.template'(i) {
    return bytes(await exportTemplateFile(getDb(), i.studyId, i.caseworker, i.actor));
  },
  async 'export.audit'(i) {
    const r = await exportAuditFile(getDb(), i.studyId, i.query, i.teamIds, i.actor);
    const out = bytes(r.data);
    return {
      result: { ok: r.ok, message: r.ok ? undefined : r.message, data: out.result ?? undefined },
      transfer: out.transfer,
    };
  },
};

export async function runJob(kind: JobKind, input: unknown, progress: Progress): Promise<Out<JobKind>> {
  const handler = handlers[kind] as (input: unknown, progress: Progress) => Promise<Out<JobKind>>;
  if (!handler) throw new Error(`Unknown job ${kind}`);
  return handler(input, progress);
}
