'use client';

import { useState } from 'react';
import { useFieldArray, useForm, type UseFormRegister } from 'react-hook-form';
import type { StudyListsInput } from '@/lib/codebook/lists-schema';
import { TRAJECTORY_DOMAINS } from '@/lib/codebook/lists-schema';
import { PARTIES } from '@/lib/codebook/defaults';
import { saveListsAction } from '@/app/onderzoeken/[id]/lijsten/actions';
import { PrivacyHint } from '@/components/ui/privacy-hint';

type Simple = 'lifeDomains' | 'escalationTypes';

function SimpleList({
  name,
  title,
  register,
  control,
}: {
  name: Simple;
  title: string;
  register: UseFormRegister<StudyListsInput>;
  control: ReturnType<typeof useForm<StudyListsInput>>['control'];
}) {
  const { fields, append, remove } = useFieldArray({ control, name });
  return (
    <section className="card">
      <h2 style={{ marginTop: 0 }}>{title}</h2>
      <table aria-label={title}>
        <thead>
          <tr>
            <th>Code</th>
            <th>Omschrijving</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {fields.map((f, i) => (
            <tr key={f.id}>
              <td>
                <input type="text" aria-label={`${title} ${i + 1} code`} {...register(`${name}.${i}.code`)} />
              </td>
              <td>
                <input type="text" aria-label={`${title} ${i + 1} omschrijving`} {...register(`${name}.${i}.label`)} />
              </td>
              <td>
                <button
                  type="button"
                  className="secondary small"
                  onClick={() => remove(i)}
                  aria-label={`${title} ${i + 1} verwijderen`}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="secondary small" onClick={() => append({ code: '', label: '' })}>
        + toevoegen
      </button>
    </section>
  );
}

/** The study's lists as editable tables; the server checks codes and refuses removing codes in use. */
export function ListsForm({ studyId, initial }: { studyId: number; initial: StudyListsInput }) {
  const {
    register,
    control,
    handleSubmit,
    getValues,
    formState: { isSubmitting },
  } = useForm<StudyListsInput>({ defaultValues: initial });
  const trajectories = useFieldArray({ control, name: 'trajectoryTypes' });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const onSubmit = handleSubmit(async () => {
    const result = await saveListsAction(studyId, getValues());
    setMessage(
      result.ok ? { ok: true, text: 'Opgeslagen.' } : { ok: false, text: result.formError ?? 'Niets opgeslagen.' },
    );
  });
  return (
    <form onSubmit={onSubmit} aria-label="Lijsten">
      <PrivacyHint />
      {message && (
        <div className={`alert ${message.ok ? 'ok' : 'error'}`} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </div>
      )}
      <SimpleList name="lifeDomains" title="Leefgebieden" register={register} control={control} />
      <section className="card">
        <h2 style={{ marginTop: 0 }}>Trajectcatalogus</h2>
        <div className="table-wrap" style={{ maxHeight: 'none' }}>
          <table aria-label="Trajectcatalogus">
            <thead>
              <tr>
                <th>Code</th>
                <th>Omschrijving</th>
                <th>Domein</th>
                <th className="num">Prijs (€)</th>
                <th>Bron prijs</th>
                <th>Betaler</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {trajectories.fields.map((f, i) => (
                <tr key={f.id}>
                  <td>
                    <input
                      type="text"
                      aria-label={`Traject ${i + 1} code`}
                      {...register(`trajectoryTypes.${i}.code`)}
                    />
                  </td>
                  <td>
                    <input
                      type="text"
                      aria-label={`Traject ${i + 1} omschrijving`}
                      {...register(`trajectoryTypes.${i}.label`)}
                    />
                  </td>
                  <td>
                    <select aria-label={`Traject ${i + 1} domein`} {...register(`trajectoryTypes.${i}.domain`)}>
                      {TRAJECTORY_DOMAINS.map((d) => (
                        <option key={d} value={d}>
                          {d}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      type="number"
                      min={0}
                      step="1"
                      aria-label={`Traject ${i + 1} prijs`}
                      style={{ width: '7rem' }}
                      {...register(`trajectoryTypes.${i}.price`)}
                    />
                  </td>
                  <td>
                    <select aria-label={`Traject ${i + 1} bron`} {...register(`trajectoryTypes.${i}.priceSource`)}>
                      <option value="rapport">rapport</option>
                      <option value="voorbeeld">voorbeeld</option>
                      <option value="studie">studie</option>
                    </select>
                  </td>
                  <td>
                    <select aria-label={`Traject ${i + 1} betaler`} {...register(`trajectoryTypes.${i}.payer`)}>
                      {PARTIES.map((p) => (
                        <option key={p.code} value={p.code}>
                          {p.label}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="secondary small"
                      onClick={() => trajectories.remove(i)}
                      aria-label={`Traject ${i + 1} verwijderen`}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <button
          type="button"
          className="secondary small"
          onClick={() =>
            trajectories.append({
              code: '',
              label: '',
              domain: 'wmo',
              price: 0,
              priceSource: 'studie',
              payer: 'gemeente',
            })
          }
        >
          + toevoegen
        </button>
      </section>
      <SimpleList name="escalationTypes" title="Escalaties" register={register} control={control} />
      <button type="submit" disabled={isSubmitting}>
        Lijsten opslaan
      </button>
    </form>
  );
}
