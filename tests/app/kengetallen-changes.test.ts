import { describe, expect, it } from 'vitest';
import { defaultLists } from '@/lib/codebook';
import { kengetallenView, resolveKengetallen, type StoredKengetal } from '@/lib/mkba';
import { collectChanges, initialValues } from '@/components/mkba/kengetallen-changes';

const entry = (value: unknown, revision: number): StoredKengetal => ({
  value,
  updatedBy: 'anna',
  updatedAt: 1,
  revision,
});
const view = kengetallenView(
  resolveKengetallen(
    new Map([
      ['fteNew', entry(45, 2)],
      ['partySplit.K1', entry({ gemeente: 1 }, 3)],
    ]),
    defaultLists,
    { households: 2500 },
  ),
  defaultLists,
);

/** The form's values exactly as the page renders them. */
const untouched = () => initialValues(view);

describe('the kengetallen form sends only what changed', () => {
  it('an untouched form sends nothing', () => {
    expect(collectChanges(view, untouched())).toEqual([]);
  });
  it('a typed value is sent as text with the revision it was loaded at', () => {
    const v = untouched();
    v.n.costPerFte = '80.000';
    v.n['financialValue__financien'] = '380';
    expect(collectChanges(view, v)).toEqual([
      { key: 'costPerFte', value: '80.000', revision: 0 },
      { key: 'financialValue.financien', value: '380', revision: 0 },
    ]);
  });
  it('emptying an entered value resets it to the default; emptying a default changes nothing', () => {
    const v = untouched();
    v.n.fteNew = '';
    v.n.costPerFte = ' ';
    expect(collectChanges(view, v)).toEqual([{ key: 'fteNew', value: null, revision: 2 }]);
  });
  it('splits: a new mode or new shares are sent as the setting; "standaard terugzetten" resets', () => {
    const v = untouched();
    v.splits.K3.mode = 'vast';
    v.splits.K3.shares = { ...v.splits.K3.shares, gemeente: '60', zorgverzekeraar: '40' };
    v.splits.K1.reset = true;
    v.splits.B2.mode = 'betaler';
    expect(collectChanges(view, v)).toEqual([
      { key: 'partySplit.K1', value: null, revision: 3 },
      { key: 'partySplit.K3', value: { gemeente: 0.6, zorgverzekeraar: 0.4 }, revision: 0 },
      { key: 'partySplit.B2', value: 'betaler', revision: 0 },
    ]);
  });
  it('a changed profile cell sends the whole profile', () => {
    const v = untouched();
    v.profile.cells[3][0] = '13.000';
    const [change] = collectChanges(view, v);
    expect(change.key).toBe('profile');
    expect((change.value as { costs: { wi: number } }[])[3].costs.wi).toBe(13_000);
  });
});
