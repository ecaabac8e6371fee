'use client';

import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { arenaGroupSchema as schema, type ArenaGroupInput as Values } from '@/lib/arena/group-schema';
import { createGroupAction } from '@/app/onderzoeken/[id]/arena/actions';
import { PrivacyHint } from '@/components/ui/privacy-hint';

export function GroupForm({ studyId, suggestedName }: { studyId: number; suggestedName: string }) {
  const router = useRouter();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { name: suggestedName, fromTemplate: true },
  });
  const submit = handleSubmit(async (v) => {
    const r = await createGroupAction(studyId, v);
    if (r.ok) router.push(`/onderzoeken/${studyId}/arena/groepen/${r.data.id}`);
    else setError('name', { message: r.fieldErrors?.name?.[0] ?? r.formError ?? 'Niet gelukt.' });
  });
  return (
    <form className="card" onSubmit={submit} aria-label="Nieuwe groep">
      <h2 style={{ marginTop: 0 }}>Nieuwe groep</h2>
      <div className="field">
        <label htmlFor="group-name">Naam</label>
        <input
          id="group-name"
          type="text"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? 'group-name-error' : undefined}
          {...register('name')}
        />
        {errors.name && (
          <div id="group-name-error" className="field-error" aria-live="polite">
            {errors.name.message}
          </div>
        )}
        <PrivacyHint />
      </div>
      <div className="field">
        <label style={{ fontWeight: 400 }}>
          <input type="checkbox" {...register('fromTemplate')} /> Beginnen met het standaardschema uit het rapport
        </label>
      </div>
      <button type="submit" disabled={isSubmitting}>
        Groep aanmaken
      </button>
    </form>
  );
}
