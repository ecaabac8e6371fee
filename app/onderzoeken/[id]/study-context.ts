import 'server-only';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import { getStudy } from '@/db/queries/studies';

/** Resolves the [id] segment to a study, or the 404 page for an unknown or malformed id. */
export async function loadStudy(params: Promise<{ id: string }>) {
  const { id } = await params;
  const studyId = /^\d{1,9}$/.test(id) ? Number(id) : NaN;
  const study = Number.isNaN(studyId) ? null : getStudy(getDb(), studyId);
  if (!study) notFound();
  return study;
}
