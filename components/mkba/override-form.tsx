'use client';

import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { parseDutchNumber } from '@/lib/mkba/kengetal-schema';
import type { OverrideTarget } from '@/lib/mkba/override-targets';
import { setOverrideAction } from '@/app/onderzoeken/[id]/mkba/actions';
import { PrivacyHint } from '@/components/ui/privacy-hint';

type Values = { target: string; value: string; reason: string };

/** Overrides one of a line's quantities or its total by hand, with a reason; or removes an override. */
export function OverrideForm({ studyId, line, targets }: { studyId: number; line: string; targets: OverrideTarget[] }) {
  const {
    register,
    handleSubmit,
    control,
    formState: { isSubmitting },
  } = useForm<Values>({ defaultValues: { target: targets[0]?.target ?? '', value: '', reason: '' } });
  const [error, setError] = useState<string | null>(null);
  const target = useWatch({ control, name: 'target' });
  const chosen = targets.find((t) => t.target === target);
  const submit = (remove: boolean) =>
    handleSubmit(async (v) => {
      const value = remove ? null : parseDutchNumber(v.value);
      if (!remove && (value === null || Number.isNaN(value)))
        return setError('Vul een getal in, bijvoorbeeld 0,012 of 450.500.');
      const r = await setOverrideAction(studyId, { target: v.target, value, reason: v.reason });
      setError(r.ok ? null : (r.formError ?? 'Niet opgeslagen.'));
    });
  return (
    <form className="override-form no-print" onSubmit={submit(false)} aria-label={`Overschrijven ${line}`}>
      <select aria-label={`Wat overschrijven (${line})`} {...register('target')}>
        {targets.map((t) => (
          <option key={t.target} value={t.target}>
            {t.label}
            {t.overridden ? ' (overschreven)' : ''}
          </option>
        ))}
      </select>{' '}
      <input
        type="text"
        inputMode="decimal"
        size={10}
        aria-label={`Nieuwe waarde (${line})`}
        placeholder={chosen ? String(chosen.current).replace('.', ',') : ''}
        {...register('value')}
      />{' '}
      <input type="text" size={24} aria-label={`Reden (${line})`} placeholder="reden" {...register('reason')} />{' '}
      <button type="submit" className="small" disabled={isSubmitting}>
        Overschrijven
      </button>{' '}
      <PrivacyHint />
      {chosen?.overridden && (
        <button type="button" className="secondary small" disabled={isSubmitting} onClick={submit(true)}>
          Overschrijving weghalen
        </button>
      )}
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
    </form>
  );
}
