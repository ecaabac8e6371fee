'use client';

import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { drawFormSchema, type DrawFormValues } from '@/lib/sampling/draw-form-schema';
import { drawSampleAction } from '@/app/onderzoeken/[id]/steekproef/actions';
import { formatInt } from '@/lib/format/nl';
import { PrivacyHint } from '@/components/ui/privacy-hint';

export interface CaseworkerOption {
  caseworker: string;
  team: string;
  cases: number;
}

function randomSeed(): string {
  return String(crypto.getRandomValues(new Uint32Array(1))[0]);
}

/** Which caseworkers take part, how many cases and reserves each, and the seed (shown, or typed to re-run). */
export function SampleSetupForm({
  studyId,
  caseworkers,
  defaultSeed,
  needsReason,
}: {
  studyId: number;
  caseworkers: CaseworkerOption[];
  defaultSeed: string;
  needsReason: boolean;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    getValues,
    setValue,
    control,
    formState: { errors, isSubmitting },
  } = useForm<DrawFormValues>({
    resolver: zodResolver(drawFormSchema),
    defaultValues: {
      caseworkers: caseworkers.map((c) => c.caseworker),
      perCaseworker: 12,
      reserves: 3,
      seed: defaultSeed,
      reason: '',
    },
  });
  const chosen = new Set(useWatch({ control, name: 'caseworkers' }));
  const per = Number(useWatch({ control, name: 'perCaseworker' })) || 0;
  const res = Number(useWatch({ control, name: 'reserves' })) || 0;

  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    if (needsReason && !getValues('reason')?.trim()) {
      setFormError('Geef een reden voor de nieuwe trekking.');
      return;
    }
    const result = await drawSampleAction(studyId, getValues());
    if (!result.ok) setFormError(result.formError ?? 'Trekken is mislukt.');
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Steekproef instellen">
      {formError && (
        <div className="alert error" role="alert">
          {formError}
        </div>
      )}
      <fieldset className="field" style={{ border: 0, padding: 0 }}>
        <legend>
          <strong>Deelnemende teamleden</strong>{' '}
          <span className="muted small">
            ({chosen.size} van {caseworkers.length} gekozen)
          </span>
        </legend>
        <div className="row-actions" style={{ marginTop: 0, marginBottom: '.4rem' }}>
          <button
            type="button"
            className="secondary"
            onClick={() =>
              setValue(
                'caseworkers',
                caseworkers.map((c) => c.caseworker),
              )
            }
          >
            Alles
          </button>
          <button type="button" className="secondary" onClick={() => setValue('caseworkers', [])}>
            Niets
          </button>
        </div>
        <div className="table-wrap">
          <table aria-label="Teamleden">
            <thead>
              <tr>
                <th>Doet mee</th>
                <th>Teamlid</th>
                <th>Team</th>
                <th className="num">
                  N<sub>h</sub>
                </th>
                <th>Let op</th>
              </tr>
            </thead>
            <tbody>
              {caseworkers.map((c, i) => (
                <tr key={c.caseworker}>
                  <td>
                    <input type="checkbox" id={`cw-${i}`} value={c.caseworker} {...register('caseworkers')} />
                  </td>
                  <td>
                    <label htmlFor={`cw-${i}`} style={{ fontWeight: 400, margin: 0 }}>
                      {c.caseworker}
                    </label>
                  </td>
                  <td>{c.team}</td>
                  <td className="num">{formatInt(c.cases)}</td>
                  <td className="small">
                    {chosen.has(c.caseworker) && c.cases < per + res
                      ? `minder dan ${per + res}: alle dossiers worden genomen`
                      : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="field-error" aria-live="polite">
          {errors.caseworkers?.message}
        </div>
      </fieldset>
      <div className="grid2">
        <div className="field">
          <label htmlFor="perCaseworker">Dossiers per teamlid</label>
          <input
            id="perCaseworker"
            type="number"
            min={1}
            max={50}
            aria-invalid={!!errors.perCaseworker}
            aria-describedby="perCaseworker-error"
            {...register('perCaseworker')}
          />
          <div id="perCaseworker-error" className="field-error" aria-live="polite">
            {errors.perCaseworker?.message}
          </div>
        </div>
        <div className="field">
          <label htmlFor="reserves">Reserves per teamlid</label>
          <input
            id="reserves"
            type="number"
            min={0}
            max={50}
            aria-invalid={!!errors.reserves}
            aria-describedby="reserves-error"
            {...register('reserves')}
          />
          <div id="reserves-error" className="field-error" aria-live="polite">
            {errors.reserves?.message}
          </div>
        </div>
      </div>
      <div className="field">
        <label htmlFor="seed">Seed</label>
        <div style={{ display: 'flex', gap: '.5rem', maxWidth: '28rem' }}>
          <input
            id="seed"
            type="text"
            inputMode="numeric"
            aria-invalid={!!errors.seed}
            aria-describedby="seed-hint seed-error"
            {...register('seed')}
          />
          <button type="button" className="secondary" onClick={() => setValue('seed', randomSeed())}>
            Nieuwe seed
          </button>
        </div>
        <div id="seed-hint" className="hint">
          Willekeurig gekozen. Typ een eerdere seed in om een trekking exact te herhalen.
        </div>
        <div id="seed-error" className="field-error" aria-live="polite">
          {errors.seed?.message}
        </div>
      </div>
      {needsReason && (
        <div className="field">
          <label htmlFor="reason">Reden voor een nieuwe trekking</label>
          <input id="reason" type="text" aria-describedby="reason-hint reason-error" {...register('reason')} />
          <PrivacyHint id="reason-hint" />
          <div id="reason-error" className="field-error" aria-live="polite">
            {errors.reason?.message}
          </div>
        </div>
      )}
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? 'Bezig met trekken…' : 'Steekproef trekken'}
      </button>
    </form>
  );
}
