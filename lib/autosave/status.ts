/**
 * What the save indicator says, from the engine's snapshot. Each state gets its own tone, so the
 * red error is kept for what needs the user to act: an offline queue is safe in this browser and
 * says so calmly, and a conflict is its own state that points at the answer to decide.
 */
import type { AutosaveSnapshot } from './types';

/** ok: all stored; busy: on its way; neutral: safe here, sent later; conflict: choose a value; error: act. */
export type SaveTone = 'ok' | 'busy' | 'neutral' | 'conflict' | 'error';
export type SaveKind = 'saved' | 'saving' | 'pending' | 'offline' | 'conflict' | 'rejected' | 'expired' | 'storage';

export interface SaveStatus {
  kind: SaveKind;
  tone: SaveTone;
  text: string;
  /** Keys to link to: the conflicting answers, or the refused ones. */
  keys: string[];
}

type Snap = Pick<AutosaveSnapshot, 'state' | 'pendingCount' | 'conflicts' | 'rejected' | 'storageFailed'>;

const answers = (n: number) => `${n} ${n === 1 ? 'antwoord' : 'antwoorden'}`;

/** "Offline – 7 antwoorden bewaard in deze browser, worden verstuurd zodra er verbinding is" (1: "wordt"). */
export function offlineText(count: number): string {
  if (count <= 0) return 'Offline – alles is opgeslagen';
  return `Offline – ${answers(count)} bewaard in deze browser, ${count === 1 ? 'wordt' : 'worden'} verstuurd zodra er verbinding is`;
}

export function saveStatus(s: Snap): SaveStatus {
  const conflictKeys = s.conflicts.map((c) => c.key);
  const rejectedKeys = Object.keys(s.rejected);
  if (s.state === 'expired')
    return { kind: 'expired', tone: 'error', text: 'Sessie verlopen – log opnieuw in', keys: [] };
  if (s.storageFailed && s.pendingCount > 0) {
    return {
      kind: 'storage',
      tone: 'error',
      text: `${answers(s.pendingCount)} niet in deze browser bewaard (opslag vol) – houd dit venster open tot ze verstuurd zijn`,
      keys: [],
    };
  }
  if (conflictKeys.length > 0) {
    const n = conflictKeys.length;
    return {
      kind: 'conflict',
      tone: 'conflict',
      text: `Conflict – ${answers(n)} intussen door iemand anders gewijzigd; kies welke waarde blijft`,
      keys: conflictKeys,
    };
  }
  if (s.state === 'offline') return { kind: 'offline', tone: 'neutral', text: offlineText(s.pendingCount), keys: [] };
  if (rejectedKeys.length > 0) {
    return {
      kind: 'rejected',
      tone: 'error',
      text: `Niet opgeslagen – ${answers(rejectedKeys.length)} geweigerd; pas ${rejectedKeys.length === 1 ? 'het' : 'de'} aan`,
      keys: rejectedKeys,
    };
  }
  if (s.state === 'saving') return { kind: 'saving', tone: 'busy', text: 'Bezig met opslaan', keys: [] };
  if (s.state === 'pending') return { kind: 'pending', tone: 'busy', text: 'Wijzigingen wachten', keys: [] };
  return { kind: 'saved', tone: 'ok', text: 'Opgeslagen', keys: [] };
}
