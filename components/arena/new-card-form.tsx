'use client';

import { forwardRef, useImperativeHandle, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { ARENA_COLUMNS, arenaCardSchema, COLUMN_LABELS, type ArenaColumn } from '@/lib/arena/doc-schema';
import { PrivacyHint } from '@/components/ui/privacy-hint';

const newCardSchema = z.object({ column: z.enum(ARENA_COLUMNS), title: arenaCardSchema.shape.title });
type NewCard = z.infer<typeof newCardSchema>;

export interface NewCardFormHandle {
  focus: (column?: ArenaColumn) => void;
}

/** Adds a card: pick the column, type the title, Enter. N on the canvas jumps here. */
export const NewCardForm = forwardRef<NewCardFormHandle, { onAdd: (column: ArenaColumn, title: string) => void }>(
  function NewCardForm({ onAdd }, ref) {
    const {
      register,
      handleSubmit,
      reset,
      setValue,
      getValues,
      formState: { errors },
    } = useForm<NewCard>({
      resolver: zodResolver(newCardSchema),
      defaultValues: { column: 'effecten', title: '' },
    });
    const titleRef = useRef<HTMLInputElement | null>(null);
    useImperativeHandle(ref, () => ({
      focus: (column) => {
        if (column) setValue('column', column);
        titleRef.current?.focus();
      },
    }));
    const title = register('title');
    const submit = handleSubmit((v) => {
      onAdd(v.column, v.title);
      reset({ column: getValues('column'), title: '' });
    });
    return (
      <form className="card" onSubmit={submit} aria-label="Nieuwe kaart">
        <h2>Nieuwe kaart</h2>
        <div className="field">
          <label htmlFor="arena-new-column">Kolom</label>
          <select id="arena-new-column" {...register('column')}>
            {ARENA_COLUMNS.map((c) => (
              <option key={c} value={c}>
                {COLUMN_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="arena-new-title">Titel</label>
          <input
            id="arena-new-title"
            type="text"
            autoComplete="off"
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={errors.title ? 'arena-new-title-error' : undefined}
            {...title}
            ref={(el) => {
              title.ref(el);
              titleRef.current = el;
            }}
          />
          {errors.title && (
            <div id="arena-new-title-error" className="field-error" aria-live="polite">
              {errors.title.message}
            </div>
          )}
          <PrivacyHint />
        </div>
        <button type="submit">Kaart toevoegen</button>
      </form>
    );
  },
);
