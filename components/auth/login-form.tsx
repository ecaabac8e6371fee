'use client';

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { loginSchema } from '@/lib/auth/login-schema';
import { loginAction } from '@/app/inloggen/actions';
import { TextField } from '@/components/ui/text-field';

type Values = z.input<typeof loginSchema>;

export function LoginForm({ back }: { back: string | null }) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(loginSchema),
    defaultValues: { username: '', password: '' },
  });
  const onSubmit = handleSubmit(async () => {
    setFormError(null);
    const result = await loginAction(getValues(), back);
    if (result && !result.ok) setFormError(result.formError ?? 'Inloggen is mislukt.');
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Inloggen">
      {formError && (
        <div className="alert error" role="alert">
          {formError}
        </div>
      )}
      <TextField
        id="username"
        label="Gebruikersnaam"
        autoComplete="username"
        autoFocus
        error={errors.username?.message}
        {...register('username')}
      />
      <TextField
        id="password"
        label="Wachtwoord"
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...register('password')}
      />
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? 'Bezig…' : 'Inloggen'}
      </button>
    </form>
  );
}
