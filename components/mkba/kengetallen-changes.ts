/**
 * What the kengetallen form changed, as the server's change list: untouched fields are not sent,
 * an emptied field (or a ticked "standaard") goes back to the default.
 */
import { parseDutchNumber } from '@/lib/mkba/kengetal-schema';
import { numberFields, type KengetallenView } from '@/lib/mkba/kengetallen-view';
import { PROFILE_COLUMNS } from '@/lib/mkba/profile';

/** The form's values: number texts by form key, split settings by line, the profile as text cells. */
export type KengetallenValues = {
  n: Record<string, string>;
  splits: Record<string, { mode: string; shares: Record<string, string>; reset: boolean }>;
  profile: { cells: string[][]; reset: boolean };
};

/** A kengetal key as a form field name: react-hook-form reads dots as nesting. */
export const formKey = (key: string) => key.replace(/\./g, '__');

/** The values the page renders with: every field as loaded. */
export function initialValues(view: KengetallenView): KengetallenValues {
  return {
    n: Object.fromEntries(numberFields(view).map((f) => [formKey(f.key), f.text])),
    splits: Object.fromEntries(
      view.splits.map((s) => [s.line, { mode: s.mode, shares: { ...s.shares }, reset: false }]),
    ),
    profile: { cells: view.profile.rows.map((r) => PROFILE_COLUMNS.map((c) => String(r.costs[c]))), reset: false },
  };
}

export interface Change {
  key: string;
  value: unknown;
  revision: number;
}

const shareValue = (mode: string, shares: Record<string, string>) => {
  if (mode !== 'vast') return mode;
  const out: Record<string, number> = {};
  for (const [p, text] of Object.entries(shares)) {
    const x = parseDutchNumber(text);
    if (x !== null) out[p] = Number.isNaN(x) ? NaN : x / 100;
  }
  return out;
};

export function collectChanges(view: KengetallenView, v: KengetallenValues): Change[] {
  const changes: Change[] = [];
  for (const f of numberFields(view)) {
    const text = (v.n[formKey(f.key)] ?? '').trim();
    if (text === f.text) continue;
    if (text === '') {
      if (f.revision > 0) changes.push({ key: f.key, value: null, revision: f.revision });
      continue;
    }
    changes.push({ key: f.key, value: text, revision: f.revision });
  }
  for (const s of view.splits) {
    const cur = v.splits[s.line];
    if (cur.reset) {
      if (s.revision > 0) changes.push({ key: s.key, value: null, revision: s.revision });
      continue;
    }
    const value = shareValue(cur.mode, cur.shares);
    if (JSON.stringify(value) !== JSON.stringify(shareValue(s.mode, s.shares)))
      changes.push({ key: s.key, value, revision: s.revision });
  }
  if (v.profile.reset) {
    if (view.profile.revision > 0) changes.push({ key: 'profile', value: null, revision: view.profile.revision });
  } else {
    const rows = view.profile.rows.map((r, i) => ({
      type: r.type,
      severity: r.severity,
      costs: Object.fromEntries(PROFILE_COLUMNS.map((c, j) => [c, parseDutchNumber(v.profile.cells[i][j]) ?? NaN])),
    }));
    if (JSON.stringify(rows) !== JSON.stringify(view.profile.rows))
      changes.push({ key: 'profile', value: rows, revision: view.profile.revision });
  }
  return changes;
}
