'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { insertStudy } from '@/db/queries/studies';
import { studyInputSchema, type StudyFormValues } from '@/lib/study/study-schema';
import type { ActionResult } from '@/app/action-result';
import { currentActor } from '@/app/current-actor';

export async function createStudy(values: StudyFormValues): Promise<ActionResult<{ id: number }>> {
  const parsed = studyInputSchema.safeParse(values);
  if (!parsed.success) {
    return { ok: false, formError: 'Controleer de gemarkeerde velden.', fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  const id = insertStudy(getDb(), parsed.data, await currentActor());
  revalidatePath('/');
  redirect(`/onderzoeken/${id}`);
}
