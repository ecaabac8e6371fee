'use client';

import { useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { parseDutchNumber } from '@/lib/mkba/kengetal-schema';
import { addScenarioAction } from '@/app/onderzoeken/[id]/mkba/actions';
import { PrivacyHint } from '@/components/ui/privacy-hint';

export interface ScenarioInputOption {
  key: string;
  label: string;
  current: number;
}
type Values = { name: string; rows: { key: string; value: string }[] };

/** A custom scenario: a name and one or more inputs (kengetallen or measured quantities) with a new value. */
export function ScenarioForm({ studyId, options }: { studyId: number; options: ScenarioInputOption[] }) {
  const {
    register,
    control,
    handleSubmit,
    reset,
    formState: { isSubmitting },
  } = useForm<Values>({ defaultValues: { name: '', rows: [{ key: options[0]?.key ?? '', value: '' }] } });
  const rows = useFieldArray({ control, name: 'rows' });
  const rowKeys = useWatch({ control, name: 'rows' });
  const [error, setError] = useState<string | null>(null);
  const onSubmit = handleSubmit(async (v) => {
    const overrides: Record<string, number> = {};
    for (const [i, r] of v.rows.entries()) {
      const x = parseDutchNumber(r.value);
      if (x === null || Number.isNaN(x))
        return setError(
          `Regel ${i + 1}: vul een getal in voor ${options.find((o) => o.key === r.key)?.label ?? r.key}.`,
        );
      overrides[r.key] = x;
    }
    const result = await addScenarioAction(studyId, { name: v.name, overrides });
    if (result.ok) {
      setError(null);
      reset({ name: '', rows: [{ key: options[0]?.key ?? '', value: '' }] });
    } else setError(result.formError ?? 'Niet opgeslagen.');
  });
  return (
    <form onSubmit={onSubmit} className="no-print" aria-label="Eigen scenario">
      <h3>Eigen scenario</h3>
      <div className="field">
        <label htmlFor="scenario-name">Naam</label>{' '}
        <input id="scenario-name" type="text" aria-describedby="scenario-name-hint" {...register('name')} />
        <PrivacyHint id="scenario-name-hint" />
      </div>
      {rows.fields.map((f, i) => {
        const current = options.find((o) => o.key === rowKeys?.[i]?.key)?.current;
        return (
          <div key={f.id} className="row-actions" style={{ marginTop: '.3rem' }}>
            <select aria-label={`Invoer ${i + 1}`} {...register(`rows.${i}.key`)}>
              {options.map((o) => (
                <option key={o.key} value={o.key}>
                  {o.label}
                </option>
              ))}
            </select>
            <input
              type="text"
              inputMode="decimal"
              size={10}
              aria-label={`Waarde ${i + 1}`}
              placeholder={current === undefined ? '' : String(current).replace('.', ',')}
              {...register(`rows.${i}.value`)}
            />
            {rows.fields.length > 1 && (
              <button
                type="button"
                className="secondary small"
                onClick={() => rows.remove(i)}
                aria-label={`Invoer ${i + 1} weghalen`}
              >
                ×
              </button>
            )}
          </div>
        );
      })}
      <div className="row-actions">
        <button
          type="button"
          className="secondary small"
          onClick={() => rows.append({ key: options[0]?.key ?? '', value: '' })}
        >
          + invoer
        </button>
        <button type="submit" disabled={isSubmitting}>
          Scenario toevoegen
        </button>
      </div>
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
    </form>
  );
}
