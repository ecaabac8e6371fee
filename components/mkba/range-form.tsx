'use client';

import { useState, useTransition } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { kengetalRangeFormSchema, type KengetalRangeForm } from '@/lib/mkba/kengetal-range';
import { removeKengetalRangeAction, setKengetalRangeAction } from '@/app/onderzoeken/[id]/kengetallen/actions';

export interface RangeOption {
  key: string;
  label: string;
  unit: string;
  current: string;
}
export interface RangeRow {
  key: string;
  label: string;
  low: string;
  high: string;
  source: string;
  by: string;
}

/**
 * The kengetal ranges of the probabilistic sensitivity analysis: add or change one (low, high
 * and the source that justifies them) and remove one. The server parses the same schema again.
 */
export function RangeForm({ studyId, options, rows }: { studyId: number; options: RangeOption[]; rows: RangeRow[] }) {
  const {
    register,
    handleSubmit,
    control,
    reset,
    formState: { errors: clientErrors, isSubmitting },
  } = useForm<KengetalRangeForm>({
    resolver: zodResolver(kengetalRangeFormSchema),
    defaultValues: { key: options[0]?.key ?? '', low: '', high: '', source: '' },
  });
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const key = useWatch({ control, name: 'key' });
  const chosen = options.find((o) => o.key === key);
  const error = (f: keyof KengetalRangeForm) => clientErrors[f]?.message ?? serverErrors[f];

  const onSubmit = handleSubmit(async (values) => {
    const r = await setKengetalRangeAction(studyId, values);
    if (r.ok) {
      setServerErrors({});
      setMessage({ ok: true, text: 'Bandbreedte opgeslagen.' });
      reset({ key: values.key, low: '', high: '', source: '' });
    } else {
      setServerErrors(Object.fromEntries(Object.entries(r.fieldErrors ?? {}).map(([k, v]) => [k, v?.[0] ?? ''])));
      setMessage({ ok: false, text: r.formError ?? 'Niets opgeslagen.' });
    }
  });
  const field = (name: 'low' | 'high' | 'source', label: string, size: number) => (
    <label>
      {label}{' '}
      <input
        type="text"
        size={size}
        inputMode={name === 'source' ? undefined : 'decimal'}
        aria-invalid={!!error(name)}
        aria-describedby={`range-${name}-error`}
        {...register(name)}
      />
      <span id={`range-${name}-error`} className="field-error" aria-live="polite">
        {error(name)}
      </span>
    </label>
  );

  return (
    <>
      {rows.length === 0 ? (
        <p className="muted">Nog geen bandbreedtes: alle kengetallen zijn vast in de gevoeligheidsanalyse.</p>
      ) : (
        <table aria-label="Bandbreedtes">
          <thead>
            <tr>
              <th>Kengetal</th>
              <th className="num">Laag</th>
              <th className="num">Hoog</th>
              <th>Bron</th>
              <th>Ingevoerd door</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-range={r.key}>
                <td>{r.label}</td>
                <td className="num">{r.low}</td>
                <td className="num">{r.high}</td>
                <td>{r.source}</td>
                <td>{r.by}</td>
                <td>
                  <button
                    type="button"
                    className="secondary small"
                    disabled={pending}
                    aria-label={`Bandbreedte ${r.label} weghalen`}
                    onClick={() =>
                      start(async () => {
                        const x = await removeKengetalRangeAction(studyId, r.key);
                        setMessage(
                          x.ok
                            ? { ok: true, text: 'Bandbreedte weggehaald.' }
                            : { ok: false, text: x.formError ?? 'Weghalen is mislukt.' },
                        );
                      })
                    }
                  >
                    Weghalen
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form onSubmit={onSubmit} noValidate aria-label="Bandbreedte toevoegen" className="range-form">
        {/* The label does not wrap the select: its text would then contain every option. */}
        <label htmlFor="range-key">Kengetal</label>{' '}
        <select id="range-key" {...register('key')} aria-describedby="range-key-error">
          {options.map((o) => (
            <option key={o.key} value={o.key}>
              {o.label}
            </option>
          ))}
        </select>
        <span id="range-key-error" className="field-error" aria-live="polite">
          {error('key')}
        </span>{' '}
        {chosen && (
          <span className="small muted">
            huidige waarde {chosen.current || '–'}
            {chosen.unit === 'pct' ? ' (in %)' : ''}
          </span>
        )}
        <div className="row-actions">
          {field('low', 'Laag', 10)}
          {field('high', 'Hoog', 10)}
          {field('source', 'Bron', 32)}
          <button type="submit" disabled={isSubmitting}>
            {isSubmitting ? 'Bezig…' : 'Bandbreedte opslaan'}
          </button>
        </div>
        <span aria-live="polite">
          {message && (
            <span className={`alert ${message.ok ? 'ok' : 'error'}`} role={message.ok ? 'status' : 'alert'}>
              {message.text}
            </span>
          )}
        </span>
      </form>
    </>
  );
}
