'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { studyInputSchema, type StudyFormValues, type StudyInput } from '@/lib/study/study-schema';
import { createStudy } from '@/app/onderzoeken/nieuw/actions';
import { TextField } from '@/components/ui/text-field';
import { PRIVACY_REMINDER } from '@/lib/privacy/reminder';

export function NewStudyForm() {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<StudyFormValues, unknown, StudyInput>({
    resolver: zodResolver(studyInputSchema),
    defaultValues: { name: '', municipality: '', year: new Date().getFullYear(), households: '', clients: '' },
  });

  // The server parses the raw form values again with the same schema; it never trusts the client's check.
  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    const result = await createStudy(getValues());
    if (result.ok) router.push(`/onderzoeken/${result.data.id}`);
    else {
      setFormError(result.formError ?? 'Opslaan is mislukt.');
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (messages?.[0]) setError(field as keyof StudyFormValues, { message: messages[0] });
      }
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      {formError && (
        <div className="alert error" role="alert">
          {formError}
        </div>
      )}
      <TextField
        id="name"
        label="Naam van het onderzoek"
        placeholder="bijv. MKBA WIJ-teams 2018"
        hint={PRIVACY_REMINDER}
        error={errors.name?.message}
        {...register('name')}
      />
      <TextField
        id="municipality"
        label="Gemeente"
        error={errors.municipality?.message}
        {...register('municipality')}
      />
      <TextField
        id="year"
        label="Jaar"
        type="number"
        inputMode="numeric"
        error={errors.year?.message}
        {...register('year')}
      />
      <TextField
        id="households"
        label="Caseload: huishoudens"
        type="number"
        inputMode="numeric"
        hint="Optioneel; aantal huishoudens in de caseload van de deelnemende teams."
        error={errors.households?.message}
        {...register('households')}
      />
      <TextField
        id="clients"
        label="Caseload: cliënten"
        type="number"
        inputMode="numeric"
        hint="Optioneel."
        error={errors.clients?.message}
        {...register('clients')}
      />
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? 'Bezig…' : 'Onderzoek aanmaken'}
      </button>
    </form>
  );
}
