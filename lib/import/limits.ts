/**
 * Every bound on an uploaded file, in one place (listed in the README under "Limits"). A file is
 * checked against these before or while it is read, and refused with a Dutch message.
 */
const MB = 1024 * 1024;

/** Largest upload (frame or filled-in steekproefbestand), checked before the body is read. */
export const MAX_UPLOAD_BYTES = 60 * MB;
/** Room for the multipart envelope and the small form fields around the file. */
export const MAX_REQUEST_BYTES = MAX_UPLOAD_BYTES + 1 * MB;

/** xlsx: the unpacked size of all zip entries together, declared and actually inflated. */
export const MAX_UNPACKED_BYTES = 400 * MB;
/** xlsx: the number of entries in the zip (a workbook has a few dozen). */
export const MAX_ZIP_ENTRIES = 2_000;

/** Frame: rows in the file (header and title rows included; a 1,000,000-case frame fits), columns per row. */
export const MAX_FRAME_ROWS = 1_200_000;
export const MAX_FRAME_COLUMNS = 200;

/** Filled-in steekproefbestand or template (tally re-import): rows and columns of the Steekproef sheet. */
export const MAX_TALLY_ROWS = 20_000;
export const MAX_TALLY_COLUMNS = 5_000;

/** A worker job (parse, validate, import, export) is stopped after this long. */
export const JOB_TIMEOUT_MS = 10 * 60_000;
/** Heap of one worker thread: a job that needs more is stopped, the server stays up. */
export const WORKER_HEAP_MB = 2_048;

export const formatMb = (bytes: number) => `${Math.round(bytes / MB).toLocaleString('nl-NL')} MB`;
export const formatCount = (n: number) => n.toLocaleString('nl-NL');

/** A file that exceeds a limit; its message is Dutch and safe to show. */
export class FileLimitError extends Error {}

export const tooLargeMessage = (bytes: number) =>
  `Het bestand is te groot (${formatMb(bytes)}, maximaal ${formatMb(MAX_UPLOAD_BYTES)}). Splits het bestand, of exporteer alleen de nodige kolommen als .csv.`;

/** Frame limits' messages, shared by the csv and xlsx readers. */
export const tooManyRows = () =>
  `Het bestand heeft meer dan ${formatCount(MAX_FRAME_ROWS)} rijen; dat is het maximum. Splits het kader, of neem alleen de dossiers van de deelnemende teams op.`;
export const tooManyColumns = (n: number) =>
  `Het bestand heeft ${formatCount(n)} kolommen; maximaal ${formatCount(MAX_FRAME_COLUMNS)}. Exporteer alleen de kolommen dossiernummer, teamlid, team (en eventueel huishoudtype, startdatum, status).`;
