'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import type { KengetallenView, NumberField } from '@/lib/mkba/kengetallen-view';
import { saveKengetallenAction } from '@/app/onderzoeken/[id]/kengetallen/actions';
import { collectChanges, initialValues, type KengetallenValues } from './kengetallen-changes';
import { NumberCell } from './number-cell';
import { ProfileTable } from './profile-table';
import { SplitTable } from './split-table';

/** All kengetallen of a study in one form; only changed values are sent, all or nothing. */
export function KengetallenForm({ studyId, view }: { studyId: number; view: KengetallenView }) {
  const router = useRouter();
  const {
    register,
    handleSubmit,
    watch,
    formState: { isSubmitting },
  } = useForm<KengetallenValues>({ defaultValues: initialValues(view) });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const onSubmit = handleSubmit(async (values) => {
    const changes = collectChanges(view, values);
    if (changes.length === 0) return setMessage({ ok: false, text: 'Er is niets gewijzigd.' });
    const result = await saveKengetallenAction(studyId, changes);
    if (result.ok) {
      setErrors({});
      setMessage({
        ok: true,
        text: `${result.data.saved} ${result.data.saved === 1 ? 'kengetal' : 'kengetallen'} opgeslagen.`,
      });
      router.refresh();
    } else {
      setErrors(Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([k, v]) => [k, v?.[0] ?? ''])));
      setMessage({ ok: false, text: result.formError ?? 'Niets opgeslagen.' });
    }
  });

  const cell = (f: NumberField, showLabel = false) => (
    <NumberCell key={f.key} field={f} register={register} error={errors[f.key]} showLabel={showLabel} />
  );
  const codeTable = (title: string, rows: KengetallenView['domains'], heads: string[]) => (
    <div className="table-wrap" style={{ maxHeight: 'none' }}>
      <table aria-label={title}>
        <thead>
          <tr>
            <th>{title}</th>
            {heads.map((h) => (
              <th key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code}>
              <td>{r.label}</td>
              {r.fields.map((f) => (
                <td key={f.key}>{cell(f)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Kengetallen">
      <p className="hint">
        Getallen in Nederlandse notatie (76.302 of 0,25). Een leeg veld zet de standaardwaarde terug.
      </p>
      <section className="card">
        <h2>Organisatie en kosten</h2>
        <div className="kg-grid">{view.scalars.slice(0, 4).map((f) => cell(f, true))}</div>
      </section>
      <section className="card">
        <h2>Waardering en tijd</h2>
        <div className="kg-grid">{view.scalars.slice(4).map((f) => cell(f, true))}</div>
      </section>
      <section className="card">
        <h2>Per levensdomein (B2, B4a, B4b)</h2>
        <p className="hint">
          Waarde per netto verbeterd huishouden. B2 mag negatief zijn. Zonder waarde kan de MKBA niet gerekend worden
          voor een domein dat verbetering laat zien.
        </p>
        {codeTable('Levensdomein', view.domains, ['Financiële waarde (€)', 'QALY', 'Ontwikkelingskansen kinderen (€)'])}
      </section>
      <section className="card">
        <h2>Per escalatie (B3, B4c)</h2>
        {codeTable('Escalatie', view.escalations, [
          'Kosten per voorkomen escalatie (€)',
          'Overlast en onveiligheid (€)',
        ])}
      </section>
      <section className="card">
        <h2>Verdeling over partijen</h2>
        <SplitTable view={view} register={register} watch={watch} errors={errors} />
      </section>
      <section className="card">
        <h2>Zorgconsumptieprofiel</h2>
        <p className="hint">
          € per huishouden per jaar. De kosten van een voorkomen escalatie zijn standaard de gemiddelde stap naar een
          zwaarder profiel.
        </p>
        <ProfileTable view={view} register={register} error={errors.profile} />
      </section>
      <div className="save-bar">
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Bezig met opslaan…' : 'Kengetallen opslaan'}
        </button>
        <span aria-live="polite">
          {message && (
            <span className={`alert ${message.ok ? 'ok' : 'error'}`} role={message.ok ? 'status' : 'alert'}>
              {message.text}
            </span>
          )}
        </span>
      </div>
    </form>
  );
}
