'use client';

import type { UseFormRegister } from 'react-hook-form';
import type { NumberField } from '@/lib/mkba/kengetallen-view';
import { SourceLabel } from './source-label';
import { formKey, type KengetallenValues } from './kengetallen-changes';

const fieldName = (key: string) => `n.${formKey(key)}` as const;

const UNIT_SUFFIX: Record<NumberField['unit'], string> = {
  eur: '€',
  pct: '%',
  fte: 'fte',
  aantal: '',
  jaar: 'jaar',
  qaly: 'QALY',
};

/** One kengetal: a Dutch-number input, its unit, its source and any server message. */
export function NumberCell({
  field,
  register,
  error,
  showLabel = false,
}: {
  field: NumberField;
  register: UseFormRegister<KengetallenValues>;
  error?: string;
  showLabel?: boolean;
}) {
  const id = `k-${field.key.replace(/\./g, '-')}`;
  return (
    <div className="kg-cell" data-key={field.key}>
      {showLabel && <label htmlFor={id}>{field.label}</label>}
      <span className="kg-input">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          aria-label={showLabel ? undefined : field.label}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          defaultValue={field.text}
          {...register(fieldName(field.key))}
        />
        {UNIT_SUFFIX[field.unit] && <span className="muted small">{UNIT_SUFFIX[field.unit]}</span>}
      </span>
      <SourceLabel source={field.source} />
      {field.help && <div className="hint">{field.help}</div>}
      {error && (
        <div id={`${id}-error`} className="field-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
