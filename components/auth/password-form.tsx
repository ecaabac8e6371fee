'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { newPasswordSchema } from '@/lib/auth/login-schema';
import { changePasswordAction } from '@/app/inloggen/actions';
import { TextField } from '@/components/ui/text-field';

const schema = newPasswordSchema.and(z.object({ current: z.string().min(1, 'Vul je huidige wachtwoord in.') }));
type Values = z.input<typeof schema>;

export function PasswordForm({ back }: { back: string | null }) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { current: '', password: '', confirm: '' },
  });
  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    const result = await changePasswordAction(getValues(), back);
    if (result && !result.ok) {
      // A refusal of one field is shown beside it; the form message is for the rest.
      setFormError(result.fieldErrors ? null : (result.formError ?? null));
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (messages?.[0]) setError(field as keyof Values, { message: messages[0] });
      }
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Wachtwoord wijzigen">
      {formError && (
        <div className="alert error" role="alert">
          {formError}
        </div>
      )}
      <TextField
        id="current"
        label="Huidig wachtwoord"
        type="password"
        autoComplete="current-password"
        error={errors.current?.message}
        {...register('current')}
      />
      <TextField
        id="password"
        label="Nieuw wachtwoord"
        type="password"
        autoComplete="new-password"
        hint="Minstens 10 tekens."
        error={errors.password?.message}
        {...register('password')}
      />
      <TextField
        id="confirm"
        label="Nieuw wachtwoord (nog een keer)"
        type="password"
        autoComplete="new-password"
        error={errors.confirm?.message}
        {...register('confirm')}
      />
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? 'Bezig…' : 'Wachtwoord wijzigen'}
      </button>
    </form>
  );
}
