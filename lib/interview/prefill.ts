/**
 * Answers the frame already knows (huishoudtype, startmaand). They are filled in when a case is
 * first opened, and they are the one kind of answer an unfinished case carries in the export,
 * marked as coming from the frame.
 */
export interface FrameFacts {
  readonly householdType: string | null;
  readonly startDate: string | null;
}

/** The prefill answers, by key. */
export function framePrefills(frame: FrameFacts): Record<string, string> {
  const out: Record<string, string> = {};
  if (frame.householdType) out.A1 = frame.householdType;
  if (frame.startDate) out.A11 = frame.startDate.slice(0, 7);
  return out;
}

/** The keys whose stored answer is still the frame's value (so: a prefill, not an interview answer). */
export function prefilledKeys(frame: FrameFacts, entries: Readonly<Record<string, unknown>>): string[] {
  return Object.entries(framePrefills(frame))
    .filter(([k, v]) => entries[k] === v)
    .map(([k]) => k);
}
